/**
 * A ranking term as a reader would write it: an author's name as the paper spells it, a
 * category's code, and for a stemmed word (or pair) the word as it appears in the title or
 * TL;DR (`diffus` → `Diffusion`).
 */
import { fold, wordTerm } from '../search/tokenize';
import { AUTHOR_PREFIX, CATEGORY_PREFIX, PRIMARY_PREFIX, authorTerm } from './features';

export function displayTerm(
  term: string,
  paper: { title: string; authors: readonly string[]; tldr?: string | undefined },
): string {
  if (term.startsWith(AUTHOR_PREFIX))
    return paper.authors.find((a) => authorTerm(a) === term) ?? term.slice(AUTHOR_PREFIX.length);
  if (term.startsWith(PRIMARY_PREFIX)) return term.slice(PRIMARY_PREFIX.length);
  if (term.startsWith(CATEGORY_PREFIX)) return term.slice(CATEGORY_PREFIX.length);
  const words = `${paper.title} ${paper.tldr ?? ''}`.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stems = words.map((w) => wordTerm(fold(w)));
  const parts = term.split(' ');
  for (let i = 0; i + parts.length <= words.length; i++)
    if (parts.every((p, k) => stems[i + k] === p))
      return words.slice(i, i + parts.length).join(' ');
  return term;
}
