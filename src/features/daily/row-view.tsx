import { PaperCard } from './paper-card';
import { categoryLabel, groupAnchor, type Row } from './list-rows';

export interface RowOptions {
  language: string | null;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  terms: readonly string[];
}

function GroupHeading({ category, count }: { category: string; count: number }) {
  return (
    <h2
      id={groupAnchor(category)}
      tabIndex={-1}
      className="scroll-mt-2 pt-4 pb-1 text-lg font-semibold"
    >
      <span className="font-mono">{categoryLabel(category)}</span>{' '}
      <span className="text-sm font-normal text-slate-600">({count})</span>
    </h2>
  );
}

export function RowView({ row, language, expanded, onToggle, terms }: { row: Row } & RowOptions) {
  if (row.kind === 'group') return <GroupHeading category={row.category} count={row.count} />;
  return (
    <div className="pb-3">
      <PaperCard
        paper={row.paper}
        language={language}
        expanded={expanded.has(row.paper.id)}
        onToggle={onToggle}
        terms={terms}
      />
    </div>
  );
}
