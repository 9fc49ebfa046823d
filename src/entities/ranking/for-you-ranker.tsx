/**
 * Loaded only when a reader sorts For you: computes the order (./use-for-you.ts) and what the
 * page says of it, and hands both to the page, so that the first bundle carries none of it.
 */
import { useEffect, useMemo } from 'react';
import type { Library } from '@/entities/reading-list/store';
import type { Locale } from '@/i18n';
import type { Reason } from '@/ranking/rank';
import type { DailyList } from '@/schema/digest';
import { RANKING, type ForYouView } from './for-you-state';
import { messages } from './messages';
import { useForYou } from './use-for-you';
import { watchMatcher } from '@/entities/watches/match';

export default function ForYouRanker({
  digest,
  onChange,
  locale,
  formatNumber,
  lib,
  rankFiles,
}: {
  digest: DailyList;
  /** A range of days (/since): their ranking data. */
  rankFiles?: readonly string[] | undefined;
  /** The reader's reading list (passed in: see ./messages.ts on chunks). */
  lib: Library;
  onChange: (view: ForYouView) => void;
  locale: Locale;
  formatNumber: (n: number) => string;
}) {
  const ranking = useForYou(digest, lib, true, rankFiles);
  const m = messages[locale];
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
        const papers = new Map(digest.papers.map((p) => [p.id, p]));
        const because = (id: string, reason: Reason): string => {
          const paper = papers.get(id);
          const watched = paper && lib.watches?.length ? match(paper).watches : [];
          if (lib.dismissed?.[id]) return m.notInterested;
          if (watched.length > 0) return m.watch(watched.join(', '));
          if (reason.kind === 'resembles') return resembles(reason.id);
          if (reason.kind === 'terms') return m.strongTerms(reason.terms.join(', '));
          return m.noReason;
        };
        const why = (id: string, reason: Reason) => m.why + because(id, reason);
        const order = new Map(
          [...ranking.order].map(([id, r]) => [
            id,
            { position: r.position, why: why(id, r.reason) },
          ]),
        );
        return {
          status: 'ready',
          note: m.from(ranking.signals, formatNumber(ranking.signals)),
          order,
        };
      }
      case 'error':
        return { status: 'error', note: m.failed(ranking.message) };
      case 'no-signals':
        return { status: 'no-signals', note: m.teach };
      default:
        return { status: ranking.status, note: ranking.status === 'ranking' ? m.ranking : '' };
    }
  }, [ranking, m, formatNumber, lib, digest]);
  useEffect(() => onChange(view), [view, onChange]);
  // Sorted by the digest again: the next For you starts from "ranking", not a stale order.
  useEffect(() => () => onChange(RANKING), [onChange]);
  return null;
}
