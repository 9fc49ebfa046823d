/**
 * The data worker: parses and checks published files off the main thread, so zod walking a
 * long day's 500 papers never blocks the page (docs/decisions/0009-data-worker.md).
 */
import { checkText } from './data-check';
import type { CheckRequest, CheckResponse } from './data-types';

// The project's types are the page's (DOM); a dedicated worker's scope needs only these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

scope.onmessage = (event) => {
  const { id, file, text, schema } = event.data;
  scope.postMessage({ id, ...checkText(file, text, schema) });
};
