/**
 * The daily-arXiv-ai-enhanced JSONL files, in every schema era and fork seen in the wild:
 * `AI.task` (oldest) or `AI.tldr`; fork field names `abstract`, `subjects`, `comments`,
 * `pdf_url`, `abstract_url`; categories as full names; extra AI fields; `code_url` and
 * `code_stars`. A file without summaries (`DATE.jsonl`) becomes a digest of abstracts.
 */
import {
  summaryFrom,
  buildPaper,
  dedupePapers,
  checkLanguages,
  type DayCandidate,
  type ParsedPaper,
} from './day.ts';
import type { Reporter } from './report.ts';
import { languageFromName } from './text.ts';

/** Lines longer than this are not parsed (no real record is near it). */
export const MAX_LINE_LENGTH = 8_000_000;

type JsonRecord = Record<string, unknown>;

function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface JsonlOptions {
  file: string;
  fileName: string;
  date: string;
  /** The language part of `DATE_AI_enhanced_LANG.jsonl`; undefined for a raw `DATE.jsonl`. */
  statedLanguage: string | undefined;
  /** Whether the file name marks it as AI-enhanced. */
  enhanced: boolean;
}

/** One line's JSON object, or a skip reported with its reason. */
function recordOf(raw: string, file: string, line: number, reporter: Reporter) {
  if (raw.length > MAX_LINE_LENGTH) {
    reporter.skip(file, line, `line of ${raw.length} characters is longer than ${MAX_LINE_LENGTH}`);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : 'unknown error';
    reporter.skip(file, line, `invalid JSON (${why})`);
    return undefined;
  }
  if (!isRecord(value)) {
    reporter.skip(file, line, 'not a JSON object');
    return undefined;
  }
  return value;
}

/** A record's paper, from whichever field names its schema era or fork uses. */
function paperOf(r: Record<string, unknown>, file: string, line: number, reporter: Reporter) {
  const ai = isRecord(r.AI) ? r.AI : undefined;
  const summary = summaryFrom(ai ?? {});
  const placeholder =
    ai !== undefined &&
    summary.tldr === undefined &&
    summary.extra.length === 0 &&
    !summary.motivation;
  const paper = buildPaper(
    {
      id: r.id,
      title: r.title,
      authors: r.authors,
      categories: r.categories ?? r.subjects,
      abstract: r.summary ?? r.abstract,
      comment: r.comment ?? r.comments,
      abs: r.abs ?? r.abstract_url,
      pdf: r.pdf ?? r.pdf_url,
      codeUrl: r.code_url,
      codeStars: r.code_stars,
      summary,
    },
    { file, line },
    reporter,
  );
  return { paper, placeholder };
}

/**
 * The day's summary language: none for a raw file of abstracts, else the one the file name
 * states, checked against the text (or told from the text).
 */
function dayLanguage(
  papers: Parameters<typeof checkLanguages>[0],
  opts: JsonlOptions,
  reporter: Reporter,
): string | null {
  const hasSummaries = papers.some(
    (p) => p.summary.tldr !== undefined || p.summary.extra.length > 0,
  );
  if (!opts.enhanced && !hasSummaries) return null;
  const stated =
    opts.statedLanguage !== undefined ? languageFromName(opts.statedLanguage) : undefined;
  if (opts.enhanced && opts.statedLanguage && !stated) {
    reporter.warn(
      opts.file,
      0,
      `unknown language "${opts.statedLanguage}" in the file name; telling it from the text`,
    );
  }
  return checkLanguages(papers, stated, opts.file, reporter);
}

export function parseJsonlDay(text: string, opts: JsonlOptions, reporter: Reporter): DayCandidate {
  const { file } = opts;
  const parsed: ParsedPaper[] = [];
  let records = 0;
  let skipped = 0;
  let withoutSummary = 0;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    records += 1;
    const record = recordOf(raw, file, line, reporter);
    const { paper, placeholder } = record
      ? paperOf(record, file, line, reporter)
      : { paper: undefined, placeholder: false };
    if (placeholder) withoutSummary += 1;
    if (paper) parsed.push({ line, paper });
    else skipped += 1;
  });
  const { papers, removed } = dedupePapers(parsed);
  if (removed > 0) reporter.warn(file, 0, `${removed} duplicate records removed (same id)`);
  if (withoutSummary > 0) {
    reporter.warn(
      file,
      0,
      `${withoutSummary} papers have only placeholder summaries ("Error", "… failed"); their abstracts are shown instead`,
    );
  }
  if (records === 0) reporter.warn(file, 0, 'empty file: the day has no papers');
  const language = dayLanguage(papers, opts, reporter);
  return {
    file,
    fileName: opts.fileName,
    date: opts.date,
    format: language === null ? 'raw-jsonl' : 'jsonl',
    language,
    records,
    skipped,
    duplicatesRemoved: removed,
    papers,
  };
}
