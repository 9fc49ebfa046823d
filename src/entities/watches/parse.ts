/**
 * Watches read from a file (the reading list's JSON export), checked one by one: shared by
 * the reader's import and the ingest's `--watches FILE` (per-watch Atom feeds).
 */
import type { Watch } from './types';

export const WATCH_KINDS = ['keyword', 'negative', 'author', 'category'] as const;
export const MAX_WATCH_VALUE = 200;

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
        value: o.value.trim().slice(0, MAX_WATCH_VALUE),
        at: typeof o.at === 'string' ? o.at.slice(0, 40) : new Date().toISOString(),
      },
    ];
  });
}
