/**
 * The data worker: parses and checks published files off the main thread, so zod walking a
 * long day's 500 papers never blocks the page (docs/decisions/0009-data-worker.md). Started by
 * the startup script, it first fetches the page's first files itself (./early-files.ts).
 */
import { earlyPageOf } from '@/boot/early-data';
import { warmIntl } from '@/boot/warm-intl';
import { checkBody } from './data-check';
import type { CheckRequest, CheckResponse } from './data-types';
import { fetchEarly, takeEarly } from './early-files';

// The project's types are the page's (DOM); a dedicated worker's scope needs only these.
const scope = self as unknown as {
  location: { hash: string };
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

const page = earlyPageOf(scope.location.hash);
if (page) fetchEarly(page);
// While those download: ICU's data, loaded once for the whole page (../boot/warm-intl.ts).
warmIntl();

scope.onmessage = async (event) => {
  const { id, file, schema, ...body } = event.data;
  if ('early' in body) {
    const result = await takeEarly(file, schema);
    return scope.postMessage({ id, ...(result ?? { ok: false, kind: 'missed' }) });
  }
  scope.postMessage({ id, ...(await checkBody(file, body, schema)) });
};
