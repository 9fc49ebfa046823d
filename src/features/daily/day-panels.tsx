/**
 * The daily page's panels around the list: the filters (text, categories, trends, hide read,
 * the view, expand/collapse, the count), the table of contents by category, and what an empty
 * result says.
 *
 * On a phone the filters are one compact bar that stays at the top of the screen while
 * reading (the text filter, a Filters button with how many are on, and the count); the
 * categories, trends and the rest open from it on demand. From the `sm` breakpoint everything
 * shows, in the page's flow, as before.
 */
import { memo, useCallback, useId, useState } from 'react';
import { Button, ToggleChip } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/variants';
import { Badge } from '@/components/ui/badge';
import { Input, Select } from '@/components/ui/field';
import type { ForYouView } from '@/entities/ranking/for-you-state';
import { Anchor, Link } from '@/components/ui/link';
import { useI18n } from '@/i18n';
import { setDensity, useDensity } from '@/lib/density';
import { toggled } from '@/lib/url-state';
import type { DailyList } from '@/schema/digest';
import { isFiltered, type DailyFilters } from './filters';
import { groupAnchor } from './list-rows';
import type { DailyFiltering } from './use-daily-filters';
import type { DayView } from './use-day-view';

interface PanelProps {
  digest: DailyList;
  filtering: DailyFiltering;
  view: DayView;
}

/** Digest order or For you (`?sort=for-you`). */
function SortControl({ filtering }: { filtering: DailyFiltering }) {
  const { t } = useI18n();
  const { filters, update } = filtering;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium">{t.daily.sort}</span>
      <Select
        value={filters.forYou ? 'for-you' : 'digest'}
        onChange={(e) => update({ forYou: e.target.value === 'for-you' })}
      >
        <option value="digest">{t.daily.digestOrder}</option>
        <option value="for-you">{t.daily.forYou}</option>
      </Select>
    </label>
  );
}

/** How many filters other than the text are on (shown on the phone's Filters button). */
function activeCount(f: DailyFilters): number {
  return f.categories.length + f.trends.length + (f.hideRead ? 1 : 0) + (f.watched ? 1 : 0);
}

export function FilterPanel({
  digest,
  filtering,
  view,
  ranking,
}: PanelProps & { ranking: ForYouView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters, text, setText } = filtering;
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const panelId = useId();
  const active = activeCount(filters);
  return (
    <section
      aria-label={t.daily.filters}
      className="sticky top-0 z-20 -mx-4 mt-3 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur sm:static sm:mx-0 sm:mt-4 sm:rounded-lg sm:border sm:bg-slate-50 sm:p-3"
    >
      <div className="flex items-center gap-2">
        <label className="flex min-w-0 flex-1 items-center gap-2">
          <span className="sr-only text-sm font-medium sm:not-sr-only">{t.daily.filterLabel}</span>
          <Input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t.daily.filterPlaceholder}
            className="flex-1"
          />
        </label>
        <Button
          className="sm:hidden"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
        >
          {t.daily.moreFilters}
          {active > 0 ? <Badge tone="strong">{i18n.number(active)}</Badge> : null}
        </Button>
      </div>
      <div
        id={panelId}
        className={`${open ? 'block' : 'hidden'} mt-2 max-h-[60vh] space-y-3 overflow-y-auto sm:mt-3 sm:block sm:max-h-none sm:overflow-visible`}
      >
        <CategoryChips
          total={digest.papers.length}
          counts={view.counts}
          selected={filters.categories}
          update={filtering.update}
        />
        <TrendChips filtering={filtering} view={view} />
        <ListControls filtering={filtering} view={view} />
        <CategoryToc groups={view.groups} onFollow={close} />
      </div>
      <p role="status" className="mt-1.5 text-sm font-medium text-slate-800 sm:mt-3">
        {t.daily.showing(i18n.number(view.visible.length), i18n.number(digest.papers.length))}
        {view.searching && view.details.pending ? (
          <span className="font-normal text-slate-600">{t.daily.searchingDetails}</span>
        ) : null}
        {view.searching && view.details.error ? (
          <span className="font-normal text-slate-600">{t.daily.detailsFailed}</span>
        ) : null}
        {view.muted > 0 && !filtering.filters.showMuted ? (
          <span className="font-normal text-slate-700">
            {t.daily.mutedHidden(i18n.number(view.muted))}
          </span>
        ) : null}
        {ranking.note ? <span className="font-normal text-slate-700">{ranking.note}</span> : null}
      </p>
    </section>
  );
}

function TrendChips({ filtering, view }: Omit<PanelProps, 'digest'>) {
  const { t } = useI18n();
  const { filters, update } = filtering;
  if (view.trendNames.length === 0) return null;
  return (
    <div role="group" aria-label={t.daily.trends} className="flex flex-wrap gap-1.5">
      <span
        className="self-center text-xs font-semibold text-slate-600 uppercase"
        aria-hidden="true"
      >
        {t.daily.trends}
      </span>
      {view.trendNames.map((name) => (
        <ToggleChip
          key={name}
          pressed={filters.trends.includes(name)}
          onClick={() => update({ trends: toggled(filters.trends, name) })}
        >
          {name}
        </ToggleChip>
      ))}
    </div>
  );
}

/** Watched (only papers matching a watch) and Show muted, for a reader with watches. */
function WatchControls({ filtering, view }: Omit<PanelProps, 'digest'>) {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters, update } = filtering;
  if (!view.hits)
    return (
      <Link to="/watches" size="touch" className="text-sm">
        {t.daily.addWatches}
      </Link>
    );
  return (
    <>
      <ToggleChip
        pressed={Boolean(filters.watched)}
        onClick={() => update({ watched: !filters.watched })}
      >
        {t.daily.watched}
      </ToggleChip>
      {view.muted > 0 ? (
        <ToggleChip
          pressed={Boolean(filters.showMuted)}
          onClick={() => update({ showMuted: !filters.showMuted })}
        >
          {t.daily.showMuted(i18n.number(view.muted))}
        </ToggleChip>
      ) : null}
      <Link to="/watches" size="touch" className="text-sm">
        {t.daily.editWatches}
      </Link>
    </>
  );
}

/** Hide read, the cards' view (compact or full), expand and collapse all. */
function ListControls({ filtering, view }: Omit<PanelProps, 'digest'>) {
  const { t } = useI18n();
  const { filters, update } = filtering;
  const density = useDensity();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <SortControl filtering={filtering} />
      <ToggleChip
        pressed={Boolean(filters.hideRead)}
        onClick={() => update({ hideRead: !filters.hideRead })}
      >
        {t.common.hideRead}
      </ToggleChip>
      <WatchControls filtering={filtering} view={view} />
      <div role="group" aria-label={t.daily.view} className="flex gap-1">
        <ToggleChip pressed={density === 'compact'} onClick={() => setDensity('compact')}>
          {t.daily.compact}
        </ToggleChip>
        <ToggleChip pressed={density === 'full'} onClick={() => setDensity('full')}>
          {t.daily.full}
        </ToggleChip>
      </div>
      <Button onClick={() => view.open.all(view.visible.map((p) => p.id))}>
        {t.daily.expandAll}
      </Button>
      <Button onClick={() => view.open.all([])}>{t.daily.collapseAll}</Button>
    </div>
  );
}

/**
 * One chip per primary category of the day (with its count), and "All". A range's month has
 * ~50 of them (and its contents list ~50 links): neither renders again while the reader types
 * in the text filter, only when the categories chosen or the counts change.
 */
const CategoryChips = memo(function CategoryChips({
  total,
  counts,
  selected,
  update,
}: {
  total: number;
  counts: DayView['counts'];
  selected: readonly string[];
  update: DailyFiltering['update'];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div role="group" aria-label={t.daily.categories} className="flex flex-wrap gap-1.5">
      <ToggleChip pressed={selected.length === 0} onClick={() => update({ categories: [] })}>
        {t.daily.allCategories} <span className="opacity-75">{i18n.number(total)}</span>
      </ToggleChip>
      {[...counts.entries()].map(([code, n]) => (
        <ToggleChip
          key={code}
          pressed={selected.includes(code)}
          onClick={() => update({ categories: toggled(selected, code) })}
        >
          <span className="font-mono">{code || t.common.uncategorised}</span>{' '}
          <span className="opacity-75">{i18n.number(n)}</span>
        </ToggleChip>
      ))}
    </div>
  );
});

/** Links to each category's heading; inside the filters, so folded away on a phone. */
const CategoryToc = memo(function CategoryToc({
  groups,
  onFollow,
}: {
  groups: DayView['groups'];
  onFollow: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (groups.length < 2) return null;
  return (
    <nav aria-label={t.daily.toc} className="text-sm">
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {groups.map((g) => (
          <li key={g.category} className="flex items-center gap-1">
            {/* A plain anchor: the list's hash handling scrolls to the heading and focuses it. */}
            <Anchor
              href={`#${groupAnchor(g.category)}`}
              onClick={onFollow}
              size="touch"
              className="font-mono"
            >
              {g.category || t.common.uncategorised}
            </Anchor>
            <span className="text-slate-600">({i18n.number(g.papers.length)})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
});

export function NoMatch({ digest, filtering, view }: PanelProps) {
  const { t } = useI18n();
  if (view.visible.length > 0) return null;
  return (
    <div className={cardVariants({ tone: 'dashed', padding: 'lg', className: 'mt-6 text-center' })}>
      <p className="font-medium">
        {digest.papers.length === 0
          ? t.daily.noPapers
          : view.details.pending && view.searching
            ? t.daily.noQuickMatch
            : t.daily.noMatch}
      </p>
      {isFiltered(filtering.filters) ? (
        <Button variant="primary" className="mt-2" onClick={filtering.clear}>
          {t.daily.clearFilters}
        </Button>
      ) : null}
    </div>
  );
}
