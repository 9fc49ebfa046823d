/**
 * Changes to the imported library (the reader's own BibTeX, RIS or id list), kept here with
 * the page that makes them rather than in the store every page loads.
 */
import { getLibrary, setLibrary, type ImportedPaper } from '@/entities/reading-list/store';

/** An imported paper's key: its arXiv id, or its title folded. */
export function importedKey(p: Pick<ImportedPaper, 'id' | 'title'>): string {
  return (
    p.id ??
    `title:${p.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`
  );
}

/** Adds papers to the imported library (a paper already there is updated). Returns how many are new. */
export function addImported(papers: readonly Omit<ImportedPaper, 'at'>[]): number {
  const lib = getLibrary();
  const imported = { ...lib.imported };
  const at = new Date().toISOString();
  let added = 0;
  for (const p of papers) {
    const key = importedKey(p);
    if (!imported[key]) added += 1;
    imported[key] = { ...p, at: imported[key]?.at ?? at };
  }
  setLibrary({ ...lib, imported });
  return added;
}

export function clearImported(): void {
  const { imported: _imported, ...rest } = getLibrary();
  setLibrary(rest);
}
