/**
 * Citations of a paper in arXiv's own styles: the BibTeX entry of arXiv's "Export BibTeX
 * Citation" (`@misc{surnameYEARfirstwords, …}`) and a plain-text reference.
 */
import { eng as stopwords } from 'stopword';
import { fold } from '@/search/fold';

export interface Citable {
  id: string;
  title: string;
  authors: readonly string[];
  categories: readonly string[];
}

const STOP = new Set(stopwords);

/** The year of an arXiv id: 2602.05167 → 2026, hep-th/9901001 → 1999. */
export function arxivYear(id: string): number | undefined {
  const m = /^(\d{2})\d{2}\.\d{4,5}$/.exec(id) ?? /\/(\d{2})\d{5}$/.exec(id);
  if (!m) return undefined;
  const yy = Number(m[1]);
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

/** Letters only, accents folded, lower case: "Müller-Lüdenscheidt" → "mullerludenscheidt". */
function keyPart(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, '');
}

function surname(author: string): string {
  const parts = author.trim().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

/** TeX's special characters in a title, escaped; math ($…$) kept as it is. */
function texTitle(title: string): string {
  return title
    .split(/(\$[^$]*\$)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([&%#_])/g, '\\$1')))
    .join('');
}

/** arXiv's citation key: first author's surname, year, and the title's first two real words. */
export function citationKey(p: Citable): string {
  const words = p.title
    .replace(/\$[^$]*\$/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .map(keyPart)
    .filter((w) => w && !STOP.has(w));
  const author = keyPart(surname(p.authors[0] ?? '')) || 'anonymous';
  return `${author}${arxivYear(p.id) ?? ''}${words.slice(0, 2).join('')}`;
}

export function bibtex(p: Citable): string {
  const fields: [string, string][] = [
    ['title', texTitle(p.title)],
    ['author', p.authors.join(' and ')],
  ];
  const year = arxivYear(p.id);
  if (year) fields.push(['year', String(year)]);
  fields.push(['eprint', p.id], ['archivePrefix', 'arXiv']);
  if (p.categories[0]) fields.push(['primaryClass', p.categories[0]]);
  fields.push(['url', `https://arxiv.org/abs/${p.id}`]);
  return `@misc{${citationKey(p)},\n${fields.map(([k, v]) => `      ${k}={${v}},`).join('\n')}\n}`;
}

export function bibtexAll(papers: readonly Citable[]): string {
  return `${papers.map(bibtex).join('\n\n')}\n`;
}

/** A plain-text reference: "A. Author, B. Author. Title. arXiv:ID [cs.LG], YEAR." */
export function plainCitation(p: Citable): string {
  const authors =
    p.authors.length > 3 ? `${p.authors[0]} et al.` : p.authors.join(', ') || 'Anonymous';
  const year = arxivYear(p.id);
  const cls = p.categories[0] ? ` [${p.categories[0]}]` : '';
  const by = authors.endsWith('.') ? authors : `${authors}.`;
  return `${by} ${p.title}. arXiv:${p.id}${cls}${year ? `, ${year}` : ''}. https://arxiv.org/abs/${p.id}`;
}
