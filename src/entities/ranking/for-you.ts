/** The For-you order's code, loaded when a reader first sorts For you. */
import { lazy } from 'react';

export const ForYouRanker = lazy(() => import('./for-you-ranker'));
