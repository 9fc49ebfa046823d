import type { PaperEntry } from '@/schema/digest';
import { paperCardId } from '@/entities/paper/cards-on-page';

/** The id of a category's heading, the target of table-of-contents links. */
export function groupAnchor(code: string): string {
  return `cat-${code || 'none'}`;
}

export type Row =
  | { kind: 'group'; category: string; count: number }
  | {
      kind: 'paper';
      paper: PaperEntry;
      /** Its place among the papers shown (1 = first) and how many are shown. */
      position: number;
      setSize: number;
    };

export const rowId = (r: Row) =>
  r.kind === 'group' ? groupAnchor(r.category) : paperCardId(r.paper.id);
