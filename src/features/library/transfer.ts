/** The reading list as a file: export and import (used by the reading-list page only). */
import {
  getLibrary,
  setLibrary,
  type ImportedPaper,
  type SavedPaper,
} from '@/entities/reading-list/store';
import { watchesFrom } from '@/entities/watches/edit';
import { importedKey } from './imported';

/** What an imported paper id may look like (saved papers and read marks alike). */
const PAPER_ID = /^[\w./-]{4,40}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `{ format, saved: [...], read: {...}, dismissed: {...}, imported: [...], watches: [...] }`. */
export function exportLibrary(): string {
  const lib = getLibrary();
  return `${JSON.stringify(
    {
      format: 'arxiv-digest-reader/library@1',
      saved: Object.values(lib.saved),
      read: lib.read,
      dismissed: lib.dismissed ?? {},
      imported: Object.values(lib.imported ?? {}),
      watches: lib.watches ?? [],
    },
    null,
    1,
  )}\n`;
}

/**
 * Merges an exported file into the list. Returns how many papers it added, or throws an Error
 * that says what is wrong with the file (nothing is changed then).
 */
export function importLibrary(text: string): number {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON');
  }
  const v = value as {
    format?: unknown;
    saved?: unknown;
    read?: unknown;
    dismissed?: unknown;
    imported?: unknown;
    watches?: unknown;
  };
  if (v?.format !== 'arxiv-digest-reader/library@1' || !Array.isArray(v.saved))
    throw new Error('the file is not a reading list exported by this reader');
  const papers = v.saved.filter(
    (p): p is SavedPaper =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as SavedPaper).id === 'string' &&
      PAPER_ID.test((p as SavedPaper).id) &&
      typeof (p as SavedPaper).title === 'string' &&
      Array.isArray((p as SavedPaper).authors) &&
      (p as SavedPaper).authors.every((a) => typeof a === 'string') &&
      Array.isArray((p as SavedPaper).categories) &&
      (p as SavedPaper).categories.every((a) => typeof a === 'string'),
  );
  const lib = getLibrary();
  const saved = { ...lib.saved };
  let added = 0;
  for (const p of papers) {
    if (!saved[p.id]) added += 1;
    saved[p.id] = {
      id: p.id,
      title: p.title,
      authors: p.authors,
      categories: p.categories,
      ...(typeof p.date === 'string' ? { date: p.date } : {}),
      savedAt: typeof p.savedAt === 'string' ? p.savedAt : new Date().toISOString(),
    };
  }
  const read = { ...lib.read };
  if (typeof v.read === 'object' && v.read !== null)
    for (const [id, at] of Object.entries(v.read))
      if (typeof at === 'string' && PAPER_ID.test(id)) read[id] = at;
  const dismissed = { ...lib.dismissed };
  if (typeof v.dismissed === 'object' && v.dismissed !== null)
    for (const [id, d] of Object.entries(v.dismissed as Record<string, unknown>)) {
      const at = (d as { at?: unknown } | null)?.at;
      const date = (d as { date?: unknown } | null)?.date;
      if (!PAPER_ID.test(id) || typeof at !== 'string' || saved[id]) continue;
      dismissed[id] = { at, ...(typeof date === 'string' && ISO_DATE.test(date) ? { date } : {}) };
    }
  const imported = { ...lib.imported };
  if (Array.isArray(v.imported))
    for (const p of v.imported as unknown[]) {
      const entry = importedOf(p);
      if (entry) imported[importedKey(entry)] = entry;
    }
  const watches = [...(lib.watches ?? [])];
  for (const w of watchesFrom(v.watches))
    if (!watches.some((x) => x.kind === w.kind && x.value === w.value)) watches.push(w);
  setLibrary({ saved, read, dismissed, imported, watches });
  return added;
}

const text = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' ? v.slice(0, max) : undefined;

/** An imported paper from a file, checked field by field, or null. */
function importedOf(v: unknown): ImportedPaper | null {
  if (typeof v !== 'object' || v === null) return null;
  const p = v as Record<string, unknown>;
  const id = typeof p.id === 'string' && PAPER_ID.test(p.id) ? p.id : undefined;
  const title = text(p.title, 1_000) ?? '';
  if (!id && !title) return null;
  const abstract = text(p.abstract, 10_000);
  const date = typeof p.date === 'string' && ISO_DATE.test(p.date) ? p.date : undefined;
  return {
    ...(id ? { id } : {}),
    title,
    ...(abstract ? { abstract } : {}),
    authors: Array.isArray(p.authors)
      ? p.authors.filter((a): a is string => typeof a === 'string').slice(0, 100)
      : [],
    ...(date ? { date } : {}),
    at: text(p.at, 40) ?? new Date().toISOString(),
  };
}
