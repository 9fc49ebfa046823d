/** Adding and removing watches (kept in the reading list's store, in its JSON export). */
import { getLibrary, setLibrary, type Watch } from '@/entities/reading-list/store';
import { MAX_WATCH_VALUE } from './parse';

export { WATCH_KINDS, watchesFrom } from './parse';
const MAX_VALUE = MAX_WATCH_VALUE;
const MAX_WATCHES = 500;

/** Adds a watch; false when it is empty, already there, or one too many. */
export function addWatch(kind: Watch['kind'], value: string): boolean {
  const v = value.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
  const lib = getLibrary();
  const watches = lib.watches ?? [];
  if (!v || watches.length >= MAX_WATCHES) return false;
  if (watches.some((w) => w.kind === kind && w.value.toLowerCase() === v.toLowerCase()))
    return false;
  setLibrary({ ...lib, watches: [...watches, { kind, value: v, at: new Date().toISOString() }] });
  return true;
}

export function removeWatch(w: Watch): void {
  const lib = getLibrary();
  setLibrary({
    ...lib,
    watches: (lib.watches ?? []).filter((x) => !(x.kind === w.kind && x.value === w.value)),
  });
}
