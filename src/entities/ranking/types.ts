/** Messages between the page and the ranking worker (./rank-worker.ts). */
import type { Reason } from '@/ranking/rank';

/** A paper the reader acted on, and its day's ranking data (a path in the data folder). */
export interface SignalRef {
  id: string;
  file: string;
}

/**
 * A positive known by its text only: an imported paper (not in the archive, or its day not
 * loaded), or a watch.
 */
export interface TextSignal {
  id: string;
  title: string;
  abstract: string;
  authors: readonly string[];
  /** A category watch's category. */
  categories?: readonly string[];
}

export interface RankRequest {
  id: number;
  /** The day (or days) to rank: its ranking data and its papers' ids in the digest's order. */
  day: {
    /** Its ranking data: one day's file, or several for a range of days (/since). */
    files: readonly string[];
    ids: readonly string[];
  };
  positives: readonly SignalRef[];
  negatives: readonly SignalRef[];
  /** More positives: imported papers by their text. */
  texts: readonly TextSignal[];
  /**
   * Papers to rank by their text instead of a day's ranking data (search results, from any
   * day): `day.files` is then empty.
   */
  candidates?: readonly TextSignal[] | undefined;
}

/**
 * Sent as a page sorted For you starts, before it renders (src/app/prefetch.ts): the files the
 * ranking will need, fetched and decoded now, and the model trained on these signals when it
 * can be (no papers known by their text). The page's first request then finds them ready.
 */
export interface RankWarm {
  kind: 'warm';
  files: readonly string[];
  positives: readonly SignalRef[];
  negatives: readonly SignalRef[];
  /** Papers known by their text count too: the model waits for the request. */
  texts: boolean;
}

/** A paper the For-you order can rank and give reasons for. */
export interface RankablePaper {
  id: string;
  title: string;
  authors: readonly string[];
  categories: readonly string[];
  tldr?: string | undefined;
}

/**
 * What the For-you order ranks: a day's list (or a range's) with its ranking data, or papers
 * with none (search results), ranked by their text.
 */
export interface RankedList {
  /** The day shown, if any: its list is not fetched again for the signals. */
  date: string;
  language: string | null;
  rank?: string | undefined;
  papers: readonly RankablePaper[];
}

export type RankResponse =
  | {
      id: number;
      ok: true;
      /**
       * Best first; a reason's terms are ranking terms (stems): the page words them as the
       * paper writes them (ranking/display.ts) for the cards it draws.
       */
      ranked: { id: string; reason: Reason }[];
      /** Positives used: found in their days' data (a day that failed to load is left out), and texts. */
      used: number;
      ms: number;
    }
  | { id: number; ok: false; message: string };
