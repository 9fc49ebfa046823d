/**
 * The daily page's panels around the list: the filters (categories, trends, text, hide read,
 * expand/collapse, the count), the table of contents by category, and what an empty result says.
 */
import { ToggleButton } from '@/components/ui/toggle-button';
import { useI18n } from '@/i18n';
import { toggled } from '@/lib/url-state';
import type { DailyList } from '@/schema/digest';
import { isFiltered } from './filters';
import { groupAnchor } from './list-rows';
import type { DailyFiltering } from './use-daily-filters';
import type { DayView } from './use-day-view';

interface PanelProps {
  digest: DailyList;
  filtering: DailyFiltering;
  view: DayView;
}

export function FilterPanel({ digest, filtering, view }: PanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters, update, text, setText } = filtering;
  const total = i18n.number(digest.papers.length);
  return (
    <section
      aria-label={t.daily.filters}
      className="mt-4 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <CategoryChips digest={digest} filtering={filtering} view={view} />
      {view.trendNames.length > 0 ? (
        <div role="group" aria-label={t.daily.trends} className="flex flex-wrap gap-1.5">
          <span
            className="self-center text-xs font-semibold text-slate-600 uppercase"
            aria-hidden="true"
          >
            {t.daily.trends}
          </span>
          {view.trendNames.map((name) => (
            <ToggleButton
              key={name}
              pressed={filters.trends.includes(name)}
              onClick={() => update({ trends: toggled(filters.trends, name) })}
            >
              {name}
            </ToggleButton>
          ))}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex min-w-0 flex-1 basis-64 items-center gap-2">
          <span className="sr-only text-sm font-medium sm:not-sr-only">{t.daily.filterLabel}</span>
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t.daily.filterPlaceholder}
            className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1"
          />
        </label>
        <ToggleButton
          pressed={Boolean(filters.hideRead)}
          onClick={() => update({ hideRead: !filters.hideRead })}
        >
          {t.common.hideRead}
        </ToggleButton>
        <button
          type="button"
          onClick={() => view.setExpanded(new Set(view.visible.map((p) => p.id)))}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100"
        >
          {t.daily.expandAll}
        </button>
        <button
          type="button"
          onClick={() => view.setExpanded(new Set())}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100"
        >
          {t.daily.collapseAll}
        </button>
      </div>
      <p role="status" className="text-sm font-medium text-slate-800">
        {t.daily.showing(i18n.number(view.visible.length), total)}
        {view.searching && view.details.pending ? (
          <span className="font-normal text-slate-600">{t.daily.searchingDetails}</span>
        ) : null}
        {view.searching && view.details.error ? (
          <span className="font-normal text-slate-600">{t.daily.detailsFailed}</span>
        ) : null}
      </p>
    </section>
  );
}

/** One chip per primary category of the day (with its count), and "All". */
function CategoryChips({ digest, filtering, view }: PanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters, update } = filtering;
  return (
    <div role="group" aria-label={t.daily.categories} className="flex flex-wrap gap-1.5">
      <ToggleButton
        pressed={filters.categories.length === 0}
        onClick={() => update({ categories: [] })}
      >
        {t.daily.allCategories}{' '}
        <span className="opacity-75">{i18n.number(digest.papers.length)}</span>
      </ToggleButton>
      {[...view.counts.entries()].map(([code, n]) => (
        <ToggleButton
          key={code}
          pressed={filters.categories.includes(code)}
          onClick={() => update({ categories: toggled(filters.categories, code) })}
        >
          <span className="font-mono">{code || t.common.uncategorised}</span>{' '}
          <span className="opacity-75">{i18n.number(n)}</span>
        </ToggleButton>
      ))}
    </div>
  );
}

export function CategoryToc({ groups }: { groups: DayView['groups'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (groups.length < 2) return null;
  return (
    <nav aria-label={t.daily.toc} className="mt-4 text-sm">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {groups.map((g) => (
          <li key={g.category}>
            <a href={`#${groupAnchor(g.category)}`} className="font-mono text-blue-800 underline">
              {g.category || t.common.uncategorised}
            </a>{' '}
            <span className="text-slate-600">({i18n.number(g.papers.length)})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function NoMatch({ digest, filtering, view }: PanelProps) {
  const { t } = useI18n();
  if (view.visible.length > 0) return null;
  return (
    <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center">
      <p className="font-medium">
        {digest.papers.length === 0
          ? t.daily.noPapers
          : view.details.pending && view.searching
            ? t.daily.noQuickMatch
            : t.daily.noMatch}
      </p>
      {isFiltered(filtering.filters) ? (
        <button
          type="button"
          onClick={filtering.clear}
          className="mt-2 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          {t.daily.clearFilters}
        </button>
      ) : null}
    </div>
  );
}
