/**
 * Reads a reader's own library (BibTeX, RIS or a plain list of arXiv ids) into entries the
 * For-you ranking can learn from (docs/decisions/0023-import-library.md). Parsing is
 * citation-js's (its BibTeX and RIS plugins, with the format forced, so that nothing in a file
 * is ever fetched); this module loads only when a reader imports a file.
 *
 * Everything read is plain text: titles and abstracts are shown as text and never as markup.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { stripArxivVersion } from '@/schema/keys';

export interface LibraryEntry {
  /** The arXiv id, without version, when the entry names one. */
  arxivId?: string;
  title: string;
  abstract: string;
  authors: string[];
}

export type LibraryFormat = 'bibtex' | 'ris' | 'ids';

export interface ParsedLibrary {
  format: LibraryFormat;
  entries: LibraryEntry[];
  /** Entries with neither a title nor an arXiv id. */
  skipped: number;
}

/** Larger files are refused: a library of 20,000 entries is ~20 MB of BibTeX with abstracts. */
export const MAX_BYTES = 25_000_000;
export const MAX_ENTRIES = 20_000;
const MAX_TITLE = 1_000;
const MAX_ABSTRACT = 10_000;
const MAX_AUTHORS = 100;

export class LibraryFileError extends Error {}

const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
const OLD_ID = String.raw`[a-z-]+(?:\.[A-Z]{2})?\/\d{7}`;
const ID = `(${NEW_ID}|${OLD_ID})(?:v\\d+)?`;
/** Where an id is written: a link to arXiv, its DOI, `arXiv:ID`. */
const ID_IN_TEXT = [
  new RegExp(String.raw`arxiv\.org\/(?:abs|pdf)\/${ID}`, 'i'),
  new RegExp(String.raw`10\.48550\/arxiv\.${ID}`, 'i'),
  new RegExp(String.raw`arxiv:\s*${ID}`, 'i'),
];
const BARE_ID = new RegExp(String.raw`^(?:arxiv:)?${ID}$`, 'i');

function idIn(values: readonly unknown[]): string | undefined {
  for (const v of values) {
    if (typeof v !== 'string') continue;
    for (const re of ID_IN_TEXT) {
      const m = re.exec(v);
      if (m) return stripArxivVersion(m[1]!);
    }
  }
  return undefined;
}

function clip(text: unknown, max: number): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().slice(0, max) : '';
}

interface CslName {
  family?: unknown;
  given?: unknown;
  literal?: unknown;
}

/** The part of a CSL-JSON item this reader uses. */
interface CslItem {
  title?: unknown;
  abstract?: unknown;
  author?: unknown;
  URL?: unknown;
  DOI?: unknown;
  note?: unknown;
  number?: unknown;
  'container-title'?: unknown;
}

function namesOf(author: unknown): string[] {
  if (!Array.isArray(author)) return [];
  return author
    .slice(0, MAX_AUTHORS)
    .map((a: CslName) =>
      typeof a.literal === 'string'
        ? a.literal
        : [a.given, a.family].filter((x) => typeof x === 'string').join(' '),
    )
    .map((n) => clip(n, 200))
    .filter(Boolean);
}

function entryOf(item: CslItem, arxivId: string | undefined): LibraryEntry | null {
  const title = clip(item.title, MAX_TITLE);
  if (!title && !arxivId) return null;
  return {
    ...(arxivId ? { arxivId } : {}),
    title,
    abstract: clip(item.abstract, MAX_ABSTRACT),
    authors: namesOf(item.author),
  };
}

function collect(items: readonly (LibraryEntry | null)[], format: LibraryFormat): ParsedLibrary {
  const entries = items.filter((e): e is LibraryEntry => e !== null);
  if (entries.length > MAX_ENTRIES)
    throw new LibraryFileError(`it holds more than ${MAX_ENTRIES.toLocaleString('en')} entries`);
  if (entries.length === 0) throw new LibraryFileError('no paper found in it');
  return { format, entries, skipped: items.length - entries.length };
}

function failure(e: unknown): LibraryFileError {
  if (e instanceof LibraryFileError) return e;
  const first = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
  return new LibraryFileError(`it could not be read (${first})`);
}

interface BibEntry {
  properties?: Record<string, unknown>;
}

function parseBibtex(text: string): ParsedLibrary {
  let raw: BibEntry[];
  let csl: CslItem[];
  try {
    // One step, text to entries: a chain would guess the type of an empty result.
    raw = plugins.input.data(text, '@biblatex/text') as BibEntry[];
    if (raw.length === 0) return collect([], 'bibtex');
    csl = plugins.input.chain(raw, {
      forceType: '@biblatex/entries+list',
      generateGraph: false,
    }) as CslItem[];
  } catch (e) {
    throw failure(e);
  }
  return collect(
    csl.map((item, i) => {
      const p = raw[i]?.properties ?? {};
      const prefix = String(p.archiveprefix ?? p.eprinttype ?? '').toLowerCase();
      const eprint =
        prefix === 'arxiv' && typeof p.eprint === 'string' && BARE_ID.test(p.eprint.trim())
          ? stripArxivVersion(BARE_ID.exec(p.eprint.trim())![1]!)
          : undefined;
      return entryOf(item, eprint ?? idIn(Object.values(p)));
    }),
    'bibtex',
  );
}

function parseRis(text: string): ParsedLibrary {
  let csl: CslItem[];
  try {
    csl = plugins.input.chain(text, {
      forceType: '@ris/file',
      generateGraph: false,
    }) as CslItem[];
  } catch (e) {
    throw failure(e);
  }
  return collect(
    csl.map((item) =>
      entryOf(item, idIn([item.URL, item.DOI, item.note, item.number, item['container-title']])),
    ),
    'ris',
  );
}

/** One id per line or separated by spaces or commas; `arXiv:` prefixes and links allowed. */
function parseIds(text: string): ParsedLibrary {
  const ids = new Set<string>();
  let other = 0;
  for (const word of text.split(/[\s,;]+/)) {
    if (!word) continue;
    const bare = BARE_ID.exec(word);
    const id = bare ? stripArxivVersion(bare[1]!) : idIn([word]);
    if (id) ids.add(id);
    else other += 1;
  }
  if (ids.size === 0) throw new LibraryFileError('it is not BibTeX, RIS or a list of arXiv ids');
  if (other > ids.size)
    throw new LibraryFileError(
      `it is not BibTeX or RIS, and ${other} of its words are not arXiv ids`,
    );
  return collect(
    [...ids].map((arxivId) => ({ arxivId, title: '', abstract: '', authors: [] })),
    'ids',
  );
}

export function detectFormat(name: string, text: string): LibraryFormat {
  const lower = name.toLowerCase();
  if (/\.(bib|bibtex)$/.test(lower)) return 'bibtex';
  if (/\.ris$/.test(lower)) return 'ris';
  if (/^\s*@[a-z]+\s*[{(]/im.test(text)) return 'bibtex';
  if (/^TY {2}- /m.test(text)) return 'ris';
  return 'ids';
}

/** The entries of a library file, or a LibraryFileError saying what is wrong with it. */
export function parseLibrary(name: string, text: string): ParsedLibrary {
  if (text.length > MAX_BYTES) throw new LibraryFileError('it is larger than 25 MB');
  if (text.includes('\u0000')) throw new LibraryFileError('it is not a text file');
  const format = detectFormat(name, text);
  if (format === 'bibtex') return parseBibtex(text);
  if (format === 'ris') return parseRis(text);
  return parseIds(text);
}
