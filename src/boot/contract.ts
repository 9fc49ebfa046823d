/**
 * The performance mark the app sets once its first render is committed and its controls work
 * (a prerendered page's too, once hydrated). The benchmark and the browser tests wait for it.
 * A module of its own, importing nothing, so that scripts and tests can use it.
 */
export const APP_READY_MARK = 'reader:app-ready';
