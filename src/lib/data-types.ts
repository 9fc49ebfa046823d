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

/** A request to the data worker, and its answer. */
export type CheckRequest = { id: number; file: string; schema: SchemaName } & Body;
export type CheckResponse = CheckResult & { id: CheckRequest['id'] };
