/** Adding and removing watches (kept in the reading list's store, in its JSON export). */
import { getLibrary, setLibrary, type Watch } from '@/entities/reading-list/store';

export const WATCH_KINDS = ['keyword', 'negative', 'author', 'category'] as const;
const MAX_VALUE = 200;
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

/** Watches from a file (the JSON export), checked one by one. */
export function watchesFrom(v: unknown): Watch[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((w: unknown) => {
    const o = w as Partial<Watch> | null;
    if (
      !o ||
      !WATCH_KINDS.includes(o.kind as Watch['kind']) ||
      typeof o.value !== 'string' ||
      !o.value.trim()
    )
      return [];
    return [
      {
        kind: o.kind as Watch['kind'],
        value: o.value.trim().slice(0, MAX_VALUE),
        at: typeof o.at === 'string' ? o.at.slice(0, 40) : new Date().toISOString(),
      },
    ];
  });
}
