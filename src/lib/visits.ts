/**
 * The reader's previous visit, for "new since your last visit" (/since): the newest digest
 * date the archive had when they last came. A visit is a tab session: the first page that
 * knows the manifest in a tab reads the previous value (kept for the rest of the session) and
 * stores today's newest date for the next visit. Nothing leaves the browser.
 */
import type { Manifest } from '@/schema/digest';
import { readStored, writeStored } from './stored';

const LAST = 'digest-reader:last-visit-newest';
const THIS_VISIT = 'digest-reader:previous-visit-newest';
const NONE = '-';

/** The archive's newest digest date ('' when it has none): the manifest lists it first. */
export function newestDate(m: Pick<Manifest, 'dailies'>): string {
  return m.dailies[0]?.date ?? '';
}

/**
 * The newest digest date of the previous visit (null on a first visit, and for an archive with
 * no digest, which records no visit), given the newest date the archive has now.
 */
export function previousVisit(newestNow: string): string | null {
  if (!newestNow) return null;
  const kept = readStored(THIS_VISIT, 'session');
  if (kept !== null) return kept === NONE ? null : kept;
  const previous = readStored(LAST);
  writeStored(THIS_VISIT, previous ?? NONE, 'session');
  writeStored(LAST, newestNow);
  return previous;
}
