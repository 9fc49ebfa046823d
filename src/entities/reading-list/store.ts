/**
 * The reading list and read state, kept in this browser (localStorage), shared by every
 * page and every tab (the `storage` event), read with useSyncExternalStore, or in a
 * transition by what may follow a change a little later (`useLibraryLater`).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useLater } from '@/lib/later';
import { readStored, writeStored } from '@/lib/stored';
import type { Watch } from '../watches/types';

export interface SavedPaper {
  id: string;
  title: string;
  authors: string[];
  categories: string[];
  /** The digest it was saved from, to link back to it. */
  date?: string | undefined;
  savedAt: string;
}

/** A paper marked Not interested: a negative signal for the For-you ranking. */
export interface DismissedPaper {
  /** The digest it was dismissed on (its ranking data is that day's). */
  date?: string | undefined;
  at: string;
}

/**
 * A paper of the reader's own library (an imported BibTeX, RIS or id list): a positive signal
 * for the For-you ranking, not a saved paper.
 */
export interface ImportedPaper {
  /** Its arXiv id, when the file names one. */
  id?: string | undefined;
  title: string;
  abstract?: string | undefined;
  authors: string[];
  /** A digest that lists it, when the archive has it (its ranking data is that day's). */
  date?: string | undefined;
  at: string;
}

export type { Watch } from '../watches/types';

export interface Library {
  saved: Record<string, SavedPaper>;
  read: Record<string, string>;
  /** Absent in lists stored before Not interested existed. */
  dismissed?: Record<string, DismissedPaper>;
  /** The imported library by key (`importedKey`); absent before there was one. */
  imported?: Record<string, ImportedPaper>;
  /** Absent before there were watches. */
  watches?: Watch[];
}

const KEY = 'digest-reader:library';
const EMPTY: Library = { saved: {}, read: {} };
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Library } = { raw: null, value: EMPTY };
/** The cache was read from storage in this task (see `snapshot`). */
let fresh = false;

function isLibrary(v: unknown): v is Library {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Library).saved === 'object' &&
    (v as Library).saved !== null &&
    typeof (v as Library).read === 'object' &&
    (v as Library).read !== null
  );
}

/** The last change could not be stored: this tab's copy is the reader's list. */
let unsaved = false;

export function getLibrary(): Library {
  if (unsaved) return cache.value;
  const raw = readStored(KEY);
  if (raw !== cache.raw) {
    let value = EMPTY;
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : EMPTY;
      if (isLibrary(parsed)) value = parsed;
    } catch {
      // A damaged entry reads as empty; it is replaced on the next change.
    }
    cache = { raw, value };
  }
  return cache.value;
}

export function setLibrary(next: Library): void {
  const raw = JSON.stringify(next);
  // Storage full or denied: the change lives (in this tab) until the page is closed.
  unsaved = !writeStored(KEY, raw);
  cache = { raw, value: next };
  fresh = false;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY || e.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The record without `key`; the same record when it has none (what reads it stays as is). */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!Object.hasOwn(record, key)) return record;
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/**
 * What a render reads: storage once per task (`fresh` until the next task). A render asks
 * once per card's control (dozens of times); the next task reads storage again (another tab
 * may have written it).
 */
function snapshot(): Library {
  if (fresh) return cache.value;
  fresh = true;
  queueMicrotask(() => (fresh = false));
  return getLibrary();
}

export function useLibrary(): Library {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}

/**
 * One value of the list (a paper's saved or read state) or one part of it (its read state, its
 * watches): the component renders again only when that value changes, not on every change to
 * the list (a card among hundreds). `select` returns a primitive or a part as it is stored, not
 * a new object; a change made here keeps the other parts as they were (the same objects), so
 * marking a paper Not interested does not render what reads the watches.
 */
export function useLibraryValue<T>(select: (lib: Library) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(snapshot()),
    () => select(EMPTY),
  );
}

/** Saves a paper or removes it; saving takes back a Not interested. */
export function toggleSaved(paper: Omit<SavedPaper, 'savedAt'>): void {
  const lib = getLibrary();
  const saving = !lib.saved[paper.id];
  const saved = saving
    ? { ...lib.saved, [paper.id]: { ...paper, savedAt: new Date().toISOString() } }
    : without(lib.saved, paper.id);
  const dismissed = saving ? without(lib.dismissed ?? {}, paper.id) : lib.dismissed;
  setLibrary({ ...lib, saved, ...(dismissed ? { dismissed } : {}) });
}

/** Marks a paper Not interested or takes that back; marking it removes it from the list. */
export function toggleDismissed(id: string, date: string | undefined): void {
  const lib = getLibrary();
  const current = lib.dismissed ?? {};
  if (current[id]) {
    setLibrary({ ...lib, dismissed: without(current, id) });
    return;
  }
  setLibrary({
    ...lib,
    saved: without(lib.saved, id),
    dismissed: { ...current, [id]: { ...(date ? { date } : {}), at: new Date().toISOString() } },
  });
}

export function setRead(id: string, read: boolean): void {
  const lib = getLibrary();
  const next = read ? { ...lib.read, [id]: new Date().toISOString() } : without(lib.read, id);
  setLibrary({ ...lib, read: next });
}

export function toggleRead(id: string): void {
  setRead(id, !getLibrary().read[id]);
}

/**
 * `useLibraryValue` for what may follow a change a little later (the page's order after Not
 * interested, the ranker's signals): rendered in a transition after the tap's own render
 * (`useLater`). `select` is stable.
 */
export function useLibraryLater<T>(select: (lib: Library) => T): T {
  return useLater(
    subscribe,
    useCallback(() => select(getLibrary()), [select]),
  );
}
