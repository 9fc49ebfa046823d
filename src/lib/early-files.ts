/**
 * The data worker's early files: the page's first files (the manifest, then the day it names),
 * fetched and checked by the worker as soon as it starts (src/boot/early-data.ts names the
 * page), and handed to the app's first request for each. Off the main thread, the day's
 * request leaves as soon as the manifest arrives, whatever the page is busy with.
 */
import { firstDayFile, type EarlyPage } from '@/boot/early-data';
import { bytesText } from './body-text';
import { checkBody } from './data-check';
import type { CheckResult, SchemaName } from './data-types';

interface EarlyFile {
  /** Null when the fetch failed (the app then fetches the file and says why). */
  bytes: Promise<Uint8Array<ArrayBuffer> | null>;
  /** Checked against the schema the app will ask for, meanwhile. */
  schema: SchemaName;
  checked: Promise<CheckResult | null>;
}

const files = new Map<string, EarlyFile>();
/** Settles once the day's file is known (or known to be none). */
let decided: Promise<void> = Promise.resolve();

function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer> | null> {
  return fetch(url).then(
    async (r) => (r.ok ? new Uint8Array(await r.arrayBuffer()) : null),
    () => null,
  );
}

/** A file fetched early, checked once `after` has settled. */
function keep(
  file: string,
  bytes: EarlyFile['bytes'],
  schema: SchemaName,
  after: Promise<void> = Promise.resolve(),
): void {
  const checked = Promise.all([bytes, after]).then(([b]) =>
    b ? checkBody(file, { bytes: b.buffer }, schema) : null,
  );
  files.set(file, { bytes, schema, checked });
}

/** Starts the fetches of the page's first files. */
export function fetchEarly(page: EarlyPage): void {
  const data = `${page.base}data/`;
  const manifest = fetchBytes(`${data}manifest.json`);
  // The day's request leaves as soon as the manifest names it, not after the manifest's
  // schema check (the longer work on a long archive's manifest), which waits for it.
  decided = manifest
    .then(async (bytes) => {
      const file = bytes ? firstDayFile(await bytesText('manifest.json', bytes), page) : null;
      if (file) keep(file, fetchBytes(`${data}${file}`), 'dailyList');
    })
    .catch(() => undefined);
  keep('manifest.json', manifest, 'manifest', decided);
}

/**
 * An early file, checked against `schema`, taken once; undefined when there is none (not one of
 * the page's first files, failed, or taken already).
 */
export async function takeEarly(
  file: string,
  schema: SchemaName,
): Promise<CheckResult | undefined> {
  // The app asks for the day after the manifest: by then the day is known, but not always
  // in the map yet.
  if (!files.has(file)) await decided;
  const early = files.get(file);
  files.delete(file);
  if (!early) return undefined;
  if (early.schema === schema) return (await early.checked) ?? undefined;
  const bytes = await early.bytes;
  return bytes ? checkBody(file, { bytes: bytes.buffer }, schema) : undefined;
}
