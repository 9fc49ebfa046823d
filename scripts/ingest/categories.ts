import { ARXIV_CATEGORY_PATTERN } from '../../src/schema/digest.ts';
import { normaliseLine } from './text.ts';

export interface SplitCategories {
  /** arXiv categories in the order given (the primary first), without duplicates. */
  categories: string[];
  /** Non-arXiv codes (ACM I.2.7, MSC 68T50), kept apart from the filterable categories. */
  classifications: string[];
}

/**
 * Splits what pipelines write as categories into arXiv categories and other codes. Accepts
 * codes (`cs.CL`), full names with the code in parentheses (`Machine Learning (cs.LG)`),
 * and several codes in one string separated by `;` or `,` (`I.2.7; I.4.m`, `68T50, 68T05`).
 */
export function splitCategories(raw: unknown): SplitCategories {
  const items: string[] = [];
  if (typeof raw === 'string') items.push(raw);
  else if (Array.isArray(raw)) for (const v of raw) if (typeof v === 'string') items.push(v);

  const categories: string[] = [];
  const classifications: string[] = [];
  for (const item of items) {
    for (const part of item.split(';')) {
      const piece = normaliseLine(part);
      if (!piece) continue;
      const named = /\(([^()]+)\)\s*$/.exec(piece);
      const code = named?.[1]?.trim() ?? piece;
      if (ARXIV_CATEGORY_PATTERN.test(code) && code.length <= 40) {
        if (!categories.includes(code)) categories.push(code);
        continue;
      }
      for (const sub of code.split(',')) {
        const c = sub.trim();
        if (!c) continue;
        if (ARXIV_CATEGORY_PATTERN.test(c)) {
          if (!categories.includes(c)) categories.push(c);
        } else if (!classifications.includes(c) && c.length <= 80) {
          classifications.push(c);
        }
      }
    }
  }
  return { categories, classifications };
}
