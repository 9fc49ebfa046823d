/**
 * The data worker: parses and checks published files off the main thread, so zod walking a
 * long day's 500 papers never blocks the page (docs/decisions/0009-data-worker.md).
 */
import { checkBytes, checkText } from './data-check';
import type { CheckRequest, CheckResponse } from './data-types';

// The project's types are the page's (DOM); a dedicated worker's scope needs only these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

scope.onmessage = async (event) => {
  const request = event.data;
  const { id, file, schema } = request;
  const result =
    'text' in request
      ? checkText(file, request.text, schema)
      : await checkBytes(file, request.bytes, schema);
  scope.postMessage({ id, ...result });
};
