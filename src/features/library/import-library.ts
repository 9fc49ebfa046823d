/**
 * Import library: a reader's BibTeX, RIS or arXiv-id list becomes For-you signals
 * (docs/decisions/0023-import-library.md). Papers the archive lists are found in its paper
 * index, so that their published ranking data is used; the others count by their title and
 * abstract. The parser loads only here, when a file is chosen.
 */
import type { QueryClient } from '@tanstack/react-query';
import { manifestQueryOptions, paperIndexQueryOptions } from '@/entities/digests/api';
import { addImported } from './imported';
import { paperIndexKey } from '@/schema/keys';
import type { LibraryFormat } from './parse-library';

export interface ImportSummary {
  format: LibraryFormat;
  /** Papers read from the file. */
  read: number;
  /** Of those, new to the imported library. */
  added: number;
  /** Of those read, papers the archive lists. */
  inArchive: number;
  /** Entries left out: neither a title nor an arXiv id. */
  skipped: number;
}

/**
 * The latest digest date of each id the archive lists. A shard of the paper index that cannot
 * be fetched (offline, say) leaves its ids without a date: they count by their text.
 */
async function archiveDates(
  client: QueryClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  if (ids.length === 0) return dates;
  const manifest = await client.fetchQuery(manifestQueryOptions()).catch(() => null);
  if (!manifest) return dates;
  const byShard = new Map<string, string[]>();
  for (const id of ids) {
    const file = manifest.paperIndex[paperIndexKey(id)];
    if (file) byShard.set(file, [...(byShard.get(file) ?? []), id]);
  }
  await Promise.all(
    [...byShard].map(async ([file, shardIds]) => {
      const index = await client.fetchQuery(paperIndexQueryOptions(file)).catch(() => null);
      for (const id of shardIds) {
        const listed = index?.papers[id];
        if (listed && listed.length > 0)
          dates.set(id, [...listed].sort().at(-1)!.slice(0, 'YYYY-MM-DD'.length));
      }
    }),
  );
  return dates;
}

/** Reads the file into the imported library; throws an Error saying what is wrong with it. */
export async function importLibraryFile(client: QueryClient, file: File): Promise<ImportSummary> {
  const [{ parseLibrary }, text] = await Promise.all([import('./parse-library'), file.text()]);
  const parsed = parseLibrary(file.name, text);
  const ids = parsed.entries.flatMap((e) => (e.arxivId ? [e.arxivId] : []));
  const dates = await archiveDates(client, ids);
  const added = addImported(
    parsed.entries.map((e) => {
      const date = e.arxivId ? dates.get(e.arxivId) : undefined;
      return {
        ...(e.arxivId ? { id: e.arxivId } : {}),
        title: e.title,
        ...(e.abstract ? { abstract: e.abstract } : {}),
        authors: e.authors,
        ...(date ? { date } : {}),
      };
    }),
  );
  return {
    format: parsed.format,
    read: parsed.entries.length,
    added,
    inArchive: dates.size,
    skipped: parsed.skipped,
  };
}
