/**
 * The data worker: parses and checks published files off the main thread, so zod walking a
 * long day's 500 papers never blocks the page (docs/decisions/0009-data-worker.md).
 */
import { checkBody } from './data-check';
import type { CheckRequest, CheckResponse } from './data-types';

// The project's types are the page's (DOM); a dedicated worker's scope needs only these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

scope.onmessage = async (event) => {
  const { id, file, schema, ...body } = event.data;
  scope.postMessage({ id, ...(await checkBody(file, body, schema)) });
};
