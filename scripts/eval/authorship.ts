/**
 * How the evaluation's later papers are tied to a reader's saved ones by authorship, the
 * reader's own name aside (issue 18's protocol removes it): the For-you ranking finds a paper
 * that shares a co-author with the saved ones by that co-author, and one that shares none by
 * its words alone. `npm run eval:ranking` reports each ranker's figures for each kind of tie
 * (ADR 0050).
 */
import { authorTerm } from '../../src/ranking/features.ts';

export type Tie =
  /** It shares a co-author with a saved paper. */
  | 'co-author'
  /** One of its authors wrote a paper with a saved paper's co-author, on its day or before. */
  | 'co-author of a co-author'
  /** Neither. */
  | 'none';

export const TIES: readonly Tie[] = ['co-author', 'co-author of a co-author', 'none'];

export interface AuthoredPaper {
  id: string;
  authors: readonly string[];
  /** YYYY-MM-DD: the day it first appeared. */
  firstDate: string;
}

const termsOf = (p: AuthoredPaper): Set<string> =>
  new Set(p.authors.map(authorTerm).filter((t): t is string => t !== null));

/** Ties over an archive of papers: `tie(reader, saved, later)`. */
export function authorshipTies(archive: Iterable<AuthoredPaper>) {
  const byAuthor = new Map<string, AuthoredPaper[]>();
  const authors = new Map<string, Set<string>>();
  for (const p of archive) {
    const terms = termsOf(p);
    authors.set(p.id, terms);
    for (const a of terms) {
      let list = byAuthor.get(a);
      if (!list) byAuthor.set(a, (list = []));
      list.push(p);
    }
  }
  const of = (p: AuthoredPaper) => authors.get(p.id)!;
  /** `reader`: the reader's author term, left out of every paper. */
  return (reader: string, saved: readonly AuthoredPaper[], later: AuthoredPaper): Tie => {
    const coAuthors = new Set(saved.flatMap((p) => [...termsOf(p)]));
    coAuthors.delete(reader);
    const mine = [...termsOf(later)].filter((a) => a !== reader);
    if (mine.some((a) => coAuthors.has(a))) return 'co-author';
    for (const a of mine)
      for (const other of byAuthor.get(a) ?? []) {
        if (other.firstDate > later.firstDate) continue;
        for (const b of of(other))
          if (b !== reader && coAuthors.has(b)) return 'co-author of a co-author';
      }
    return 'none';
  };
}

/**
 * Into how many groups the saved papers fall, two papers being in one group when they share a
 * co-author (the reader aside), directly or through other saved papers. One person's papers
 * mostly share co-authors; a reader whose saved papers share none is often several people
 * with one name (ADR 0050).
 */
export function authorGroups(reader: string, saved: readonly AuthoredPaper[]): number {
  const authors = saved.map((p) => new Set([...termsOf(p)].filter((a) => a !== reader)));
  const parent = authors.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < authors.length; i++)
    for (let j = 0; j < i; j++)
      if ([...authors[i]!].some((a) => authors[j]!.has(a))) parent[root(i)] = root(j);
  return new Set(authors.map((_, i) => root(i))).size;
}
