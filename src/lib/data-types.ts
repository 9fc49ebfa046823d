/** Types shared by the page and the data worker (no code: the first bundle stays free of zod). */
import type {
  DailyDetails,
  DailyList,
  DailySimilar,
  Manifest,
  PaperIndex,
  WeeklyDigest,
} from '@/schema/digest';

/** The published files the app reads, by the schema that checks them. */
export interface PublishedFiles {
  manifest: Manifest;
  dailyList: DailyList;
  dailyDetails: DailyDetails;
  weekly: WeeklyDigest;
  paperIndex: PaperIndex;
  dailySimilar: DailySimilar;
}
export type SchemaName = keyof PublishedFiles;

export type CheckResult =
  { ok: true; data: unknown } | { ok: false; kind: 'invalid' | 'newer-version'; message: string };

/**
 * What the page has of a file: the text the startup script fetched early, or a response's
 * bytes, decoded (and decompressed) where it is checked, not in the page (ADR 0032).
 */
export type Body = { text: string } | { bytes: ArrayBuffer };

/**
 * What the page asks the data worker to check, the request as sent, and its answer. `early`:
 * the file the worker fetched itself for the startup script (src/lib/early-files.ts); `missed`
 * when it has none, and the page fetches it.
 */
export type CheckAsk = { file: string; schema: SchemaName } & (Body | { early: true });
export type CheckRequest = CheckAsk & { id: number };
export type CheckResponse = (CheckResult | { ok: false; kind: 'missed' }) & { id: number };
