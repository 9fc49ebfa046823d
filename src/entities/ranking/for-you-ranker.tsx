/**
 * Loaded only when a reader sorts For you: computes the order (./use-for-you.ts) and what the
 * page says of it, and hands both to the page, so that the first bundle carries none of it.
 */
import { useEffect, useMemo } from 'react';
import type { Library } from '@/entities/reading-list/store';
import type { Locale } from '@/i18n';
import { displayTerm } from '@/ranking/display';
import type { Reason } from '@/ranking/rank';
import { RANKING, type ForYouView } from './for-you-state';
import { messages } from './messages';
import type { RankedList } from './types';
import { useForYou, type ForYou } from './use-for-you';
import { watchMatcher } from '@/entities/watches/match';

export default function ForYouRanker({
  digest,
  onChange,
  locale,
  formatNumber,
  lib,
  rankFiles,
  byText = false,
}: {
  digest: RankedList;
  /** The papers have no ranking data (search results): ranked by their text. */
  byText?: boolean | undefined;
  /** A range of days (/since): their ranking data. */
  rankFiles?: readonly string[] | undefined;
  /** The reader's reading list (passed in: see ./messages.ts on chunks). */
  lib: Library;
  onChange: (view: ForYouView) => void;
  locale: Locale;
  formatNumber: (n: number) => string;
}) {
  const ranking = useForYou(digest, lib, true, rankFiles, byText);
  const m = messages[locale];
  const order = useDemoted(ranking, lib);
  const papers = useMemo(() => new Map(digest.papers.map((p) => [p.id, p])), [digest]);
  const view = useMemo((): ForYouView => {
    switch (ranking.status) {
      case 'ready': {
        const resembles = (id: string) => {
          const saved = lib.saved[id];
          const imported = lib.imported?.[id];
          if (saved) return m.resembles(saved.title);
          if (imported) return m.resemblesImported(imported.title || `arXiv:${id}`);
          return m.resembles(`arXiv:${id}`);
        };
        const match = watchMatcher(lib.watches ?? []);
        const because = (id: string, reason: Reason | undefined): string => {
          const paper = papers.get(id);
          const watched = paper && lib.watches?.length ? match(paper).watches : [];
          if (lib.dismissed?.[id]) return m.notInterested;
          if (watched.length > 0) return m.watch(watched.join(', '));
          if (reason?.kind === 'resembles') return resembles(reason.id);
          if (reason?.kind === 'terms' && paper)
            return m.strongTerms(reason.terms.map((t) => displayTerm(t, paper)).join(', '));
          return m.noReason;
        };
        return {
          status: 'ready',
          note: m.from(ranking.signals, formatNumber(ranking.signals)),
          order,
          why: (id) => m.why + because(id, ranking.reasons.get(id)),
        };
      }
      case 'error':
        return { status: 'error', note: m.failed(ranking.message) };
      case 'no-signals':
        return { status: 'no-signals', note: m.teach };
      default:
        return { status: ranking.status, note: ranking.status === 'ranking' ? m.ranking : '' };
    }
  }, [ranking, order, m, formatNumber, lib, papers]);
  useEffect(() => onChange(view), [view, onChange]);
  // Sorted by the digest again: the next For you starts from "ranking", not a stale order.
  useEffect(() => () => onChange(RANKING), [onChange]);
  return null;
}

/**
 * Each paper's place in the order, with any paper marked Not interested since the order was
 * computed moved to the end at once, as the ranker will place it: the reader sees it go
 * while the worker learns from it (a new order follows).
 */
function useDemoted(ranking: ForYou, lib: Library): ReadonlyMap<string, number> | undefined {
  const positions = ranking.status === 'ready' ? ranking.order : undefined;
  const dismissed = lib.dismissed;
  return useMemo(() => {
    if (!positions || !dismissed) return positions;
    const late = [...positions].filter(([id]) => dismissed[id]);
    const last = positions.size - late.length;
    // Already at the end (the ranker put them there): the same map.
    if (late.every(([, at]) => at >= last)) return positions;
    const demoted = new Map(positions);
    for (const [id, at] of late) demoted.set(id, positions.size + at);
    return demoted;
  }, [positions, dismissed]);
}
