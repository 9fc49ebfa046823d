/**
 * The digest data format: the one description of every file the app reads.
 *
 * The ingest command (scripts/ingest) validates everything it writes with these schemas and
 * the app validates everything it fetches with the same ones. docs/data-format.md describes
 * the format for other tools; keep the two in step.
 *
 * It is written with zod's tree-shakable `zod/mini` API (docs/decisions/0001-stack.md). The app
 * checks files in its data worker (docs/decisions/0009-data-worker.md), so the page's first
 * bundle never loads these schemas: code it needs from here lives in ./keys.ts.
 */
import * as z from 'zod/mini';

export { dailyKey, paperIndexKey, stripArxivVersion } from './keys';

/** Bumped on any change a reader of an older version could not understand. */
export const SCHEMA_VERSION = 2;

/**
 * Versions an ingest can still read and upgrade: version 1 kept each daily digest in one file
 * (today's list and details together); its weekly digests had today's shape.
 */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

/** True for a real calendar date as YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(Date.UTC(y, mo, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
    z.refine(isCalendarDate, 'not a calendar date'),
  );

/** Only http(s) URLs are ever stored: anything else (javascript:, data:, …) is dropped. */
export const httpUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL'),
);

/**
 * arXiv identifiers: the new scheme (2602.05167, optionally with a version) and the old one
 * (hep-th/9901001, math.AG/0101001).
 */
export const ARXIV_ID_PATTERN = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/;
export const arxivIdSchema = z.string().check(z.regex(ARXIV_ID_PATTERN, 'not an arXiv identifier'));

/** arXiv's archives, current and retired (https://arxiv.org/category_taxonomy). */
const ARXIV_ARCHIVES = [
  'astro-ph',
  'cond-mat',
  'cs',
  'econ',
  'eess',
  'gr-qc',
  'hep-ex',
  'hep-lat',
  'hep-ph',
  'hep-th',
  'math',
  'math-ph',
  'nlin',
  'nucl-ex',
  'nucl-th',
  'physics',
  'q-bio',
  'q-fin',
  'quant-ph',
  'stat',
  'acc-phys',
  'adap-org',
  'alg-geom',
  'ao-sci',
  'atom-ph',
  'bayes-an',
  'chao-dyn',
  'chem-ph',
  'cmp-lg',
  'comp-gas',
  'dg-ga',
  'funct-an',
  'mtrl-th',
  'patt-sol',
  'plasm-ph',
  'q-alg',
  'solv-int',
  'supr-con',
];

/** An arXiv subject category such as cs.CL, hep-th, astro-ph.GA or cond-mat.str-el. */
export const ARXIV_CATEGORY_PATTERN = new RegExp(
  `^(?:${ARXIV_ARCHIVES.join('|')})(?:\\.[A-Za-z][A-Za-z-]{0,15})?$`,
);
export const arxivCategorySchema = z
  .string()
  .check(z.regex(ARXIV_CATEGORY_PATTERN, 'not an arXiv category'));

/** A BCP 47 primary language subtag (zh, en, ja…), or `und` when it cannot be told. */
export const languageSchema = z
  .string()
  .check(z.regex(/^(?:[a-z]{2,3}|und)$/, 'expected a language code'));

const text = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());

/** An extra summary section a fork adds (the astro-ph fork's `background` and `data`). */
export const extraSectionSchema = z.object({
  key: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  label: text,
  text,
});

export const summarySchema = z.object({
  tldr: z.optional(text),
  motivation: z.optional(text),
  method: z.optional(text),
  result: z.optional(text),
  conclusion: z.optional(text),
  extra: z._default(z.array(extraSectionSchema), []),
});

export const paperSchema = z.object({
  id: arxivIdSchema,
  title: text,
  authors: z.array(text),
  /** arXiv categories, the primary one first. May be empty (the earliest markdown has none). */
  categories: z.array(arxivCategorySchema),
  /** Non-arXiv classification codes (ACM such as I.2.7, MSC such as 68T50): shown, not filtered. */
  classifications: z._default(z.array(text), []),
  abstract: z.string(),
  comment: z.optional(text),
  links: z.object({
    abs: httpUrlSchema,
    pdf: z.optional(httpUrlSchema),
    html: z.optional(httpUrlSchema),
    code: z.optional(httpUrlSchema),
  }),
  codeStars: z.optional(count),
  summary: summarySchema,
  /** The language the summary is written in, when it differs from the digest's. */
  summaryLanguage: z.optional(languageSchema),
});

/**
 * A paper as the day's list shows it before its details are opened: everything but the
 * abstract, the comment and the summary sections after the TL;DR.
 */
export const paperEntrySchema = z.extend(
  z.pick(paperSchema, {
    id: true,
    title: true,
    authors: true,
    categories: true,
    classifications: true,
    links: true,
    codeStars: true,
    summaryLanguage: true,
  }),
  {
    tldr: summarySchema.shape.tldr,
    /** Whether the paper has any AI summary section (the TL;DR or one in its details). */
    summarised: z.boolean(),
  },
);

/** What a paper's details add to its list entry. */
export const paperDetailsSchema = z.extend(
  z.pick(paperSchema, { id: true, abstract: true, comment: true }),
  { summary: z.omit(summarySchema, { tldr: true }) },
);

export const dailySourceFormatSchema = z.enum(['jsonl', 'markdown', 'raw-jsonl']);

const dailyHeader = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('daily'),
  date: isoDateSchema,
  /** The language of the AI summaries; null for a digest of abstracts only (raw pipeline file). */
  language: z.nullable(languageSchema),
  source: z.object({
    format: dailySourceFormatSchema,
    /** File names (not paths) the digest was built from. */
    files: z.array(text).check(z.minLength(1)),
  }),
  stats: z.object({
    /** Records found in the chosen source. */
    records: count,
    duplicatesRemoved: count,
    skipped: count,
  }),
};

/**
 * One day's digest whole: what the ingest works with and the paper page shows. It is
 * published as two files, the list (dailyListSchema) and the details (dailyDetailsSchema).
 */
export const dailyDigestSchema = z.object({ ...dailyHeader, papers: z.array(paperSchema) });

/** Path of a day's ranking data (dailyRankSchema), relative to the manifest. */
const rankPathSchema = z.string().check(z.regex(/^rank\/[\w.-]+\.json(?:\.gz)?$/));

/** The published day file: its papers as the list shows them, and where their details are. */
export const dailyListSchema = z.object({
  ...dailyHeader,
  /** Path of the details file, relative to the manifest. */
  details: z.string().check(z.regex(/^details\/[\w.-]+\.json(?:\.gz)?$/)),
  /** Path of the day's ranking data (dailyRankSchema); absent in data from before it. */
  rank: z.optional(rankPathSchema),
  papers: z.array(paperEntrySchema),
});

/** The published details of one day's papers, in the list's order. */
export const dailyDetailsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('daily-details'),
  date: isoDateSchema,
  language: z.nullable(languageSchema),
  papers: z.array(paperDetailsSchema),
});

/**
 * An array of whole numbers `fit` accepts, checked in one loop: a day's ranking data holds
 * ~90,000 of them, which a schema per number checked in ~50 ms, seven times the JSON parse.
 */
function wholeNumbers(fit: (n: number) => boolean, what: string) {
  return z.custom<number[]>(
    (v) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && fit(n as number)),
    { error: `expected an array of whole numbers ${what}` },
  );
}

/**
 * A day's ranking data: its vocabulary and each paper's sparse vector over it
 * (src/ranking/rank-file.ts says how to read it).
 */
export const dailyRankSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('daily-rank'),
  date: isoDateSchema,
  language: z.nullable(languageSchema),
  terms: z.array(z.string()),
  papers: z.array(
    z.object({
      id: arxivIdSchema,
      t: wholeNumbers((n) => n >= 0, '≥ 0'),
      w: wholeNumbers((n) => n >= 1 && n <= 255, 'from 1 to 255'),
    }),
  ),
});

/**
 * A day's similar papers (scripts/ingest/similar.ts): for each of its papers, up to eight of
 * the archive's, closest first, as [id, date listed, title].
 */
export const dailySimilarSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('daily-similar'),
  date: isoDateSchema,
  language: z.nullable(languageSchema),
  papers: z.record(
    z.string(),
    z.array(z.tuple([arxivIdSchema, isoDateSchema, z.string().check(z.maxLength(2000))])),
  ),
});

export const breakthroughSchema = z.object({
  title: text,
  arxivId: z.optional(arxivIdSchema),
  whyNovel: z.optional(text),
  keyInnovations: z.array(text),
  evidence: z.array(text),
  impact: z.optional(text),
});

export const trendSchema = z.object({ name: text, description: z.string() });

export const listedPaperSchema = z.object({
  title: text,
  description: z.optional(text),
  arxivId: z.optional(arxivIdSchema),
  /** The daily digest that lists this paper, when the ingest found it there. */
  date: z.optional(isoDateSchema),
});

export const trendPaperLinkSchema = z.object({
  /** Known when the paper is a daily paper or its id was stated; week-listed papers may lack one. */
  id: z.optional(arxivIdSchema),
  title: text,
  /** The daily digest the paper is in, when it is in one. */
  date: z.optional(isoDateSchema),
  /** Where the paper comes from: a daily digest or one of the weekly digest's own lists. */
  from: z.enum(['daily', 'breakthrough', 'notable', 'honorable']),
  /** Why it is linked: the trend names it (id or title), or the lexical relevance score. */
  reason: z.enum(['mention', 'lexical']),
  score: z.number().check(z.nonnegative()),
});

export const trendLinksSchema = z.object({
  trend: text,
  papers: z.array(trendPaperLinkSchema),
});

export const weeklyDigestSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal('weekly'),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    title: text,
    start: isoDateSchema,
    end: isoDateSchema,
    /** Counts as the digest states them (they may disagree with what it lists). */
    stated: z.object({
      papersAnalyzed: z.optional(count),
      breakthroughs: z.optional(count),
      notablePapers: z.optional(count),
    }),
    summary: z.optional(text),
    keyTakeaway: z.optional(text),
    breakthroughs: z.array(breakthroughSchema),
    trends: z.array(trendSchema),
    notablePapers: z.array(listedPaperSchema),
    honorableMentions: z.array(listedPaperSchema),
    trendLinks: z.array(trendLinksSchema),
    source: z.object({ files: z.array(text).check(z.minLength(1)) }),
  })
  .check(z.refine((w) => w.start <= w.end, { message: 'start is after end', path: ['end'] }));

export const manifestDailySchema = z.object({
  date: isoDateSchema,
  language: z.nullable(languageSchema),
  /** Path of the digest file, relative to the manifest. */
  file: z.string().check(z.regex(/^daily\/[\w.-]+\.json$/)),
  paperCount: count,
  /** Papers per primary category (papers without one count under ''). */
  categories: z.record(z.string(), count),
});

export const manifestWeeklySchema = z.object({
  id: z.string(),
  title: text,
  start: isoDateSchema,
  end: isoDateSchema,
  file: z.string().check(z.regex(/^weekly\/[\w.-]+\.json$/)),
  trends: z.array(text),
});

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Newest first. */
  dailies: z.array(manifestDailySchema),
  /** Newest first. */
  weeklies: z.array(manifestWeeklySchema),
  /** The archive search index's entry file, when one was built. */
  search: z.optional(z.string().check(z.regex(/^search\/[\w-]+\/meta\.json$/))),
  /** Paper-location shards by paperIndexKey (the id's year and month). */
  paperIndex: z.record(z.string(), z.string().check(z.regex(/^papers\/[\w.-]+\.json(?:\.gz)?$/))),
  /**
   * Each daily digest's ranking data, by its key (`DATE.LANG`), as its list names it: the
   * For-you ranker finds the days of the reader's signals here without fetching their lists.
   * Absent from manifests written before it.
   */
  rank: z.optional(z.record(z.string(), rankPathSchema)),
  /** Each daily digest's similar papers, by its key (`DATE.LANG`); absent before they existed. */
  similar: z.optional(
    z.record(z.string(), z.string().check(z.regex(/^similar\/[\w.-]+\.json\.gz$/))),
  ),
});

/**
 * Which daily digests list each paper, for the papers whose ids share one paperIndexKey.
 * Values are digest keys, `DATE.LANG` (LANG is `raw` for a digest of abstracts).
 */
export const paperIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('paper-index'),
  key: z.string(),
  papers: z.record(z.string(), z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}\.[a-z]+$/)))),
});

export type Summary = z.infer<typeof summarySchema>;
export type ExtraSection = z.infer<typeof extraSectionSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type DailyDigest = z.infer<typeof dailyDigestSchema>;
export type PaperEntry = z.infer<typeof paperEntrySchema>;
export type PaperDetails = z.infer<typeof paperDetailsSchema>;
export type DailyList = z.infer<typeof dailyListSchema>;
export type DailyDetails = z.infer<typeof dailyDetailsSchema>;
export type DailyRank = z.infer<typeof dailyRankSchema>;
export type DailySimilar = z.infer<typeof dailySimilarSchema>;
export type DailySourceFormat = z.infer<typeof dailySourceFormatSchema>;
export type Breakthrough = z.infer<typeof breakthroughSchema>;
export type Trend = z.infer<typeof trendSchema>;
export type ListedPaper = z.infer<typeof listedPaperSchema>;
export type TrendPaperLink = z.infer<typeof trendPaperLinkSchema>;
export type TrendLinks = z.infer<typeof trendLinksSchema>;
export type WeeklyDigest = z.infer<typeof weeklyDigestSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDaily = z.infer<typeof manifestDailySchema>;
export type ManifestWeekly = z.infer<typeof manifestWeeklySchema>;
export type PaperIndex = z.infer<typeof paperIndexSchema>;

/** The five standard summary sections, in reading order. */
export const SUMMARY_SECTIONS = ['tldr', 'motivation', 'method', 'result', 'conclusion'] as const;
export type SummarySectionKey = (typeof SUMMARY_SECTIONS)[number];

/** A readable one-line account of a zod error, naming the first few failing paths. */
export interface SchemaIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** What the app and the ingest need of a schema: zod's safeParse. */
export interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: SchemaIssues };
}

export function describeSchemaError(error: SchemaIssues, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > limit ? ` (+${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}

/** A paper's list entry and its details. */
export function splitPaper(p: Paper): { entry: PaperEntry; details: PaperDetails } {
  const { tldr, ...sections } = p.summary;
  const summarised =
    tldr !== undefined || sections.extra.length > 0 || SUMMARY_SECTIONS.some((k) => p.summary[k]);
  const entry: PaperEntry = {
    id: p.id,
    title: p.title,
    authors: p.authors,
    categories: p.categories,
    classifications: p.classifications,
    links: p.links,
    ...(p.codeStars !== undefined ? { codeStars: p.codeStars } : {}),
    ...(tldr !== undefined ? { tldr } : {}),
    summarised,
    ...(p.summaryLanguage !== undefined ? { summaryLanguage: p.summaryLanguage } : {}),
  };
  const details: PaperDetails = {
    id: p.id,
    abstract: p.abstract,
    ...(p.comment !== undefined ? { comment: p.comment } : {}),
    summary: sections,
  };
  return { entry, details };
}

/** The whole paper from its list entry and its details (the inverse of splitPaper). */
export function joinPaper(entry: PaperEntry, details: PaperDetails): Paper {
  const { tldr, summarised: _summarised, ...rest } = entry;
  return {
    ...rest,
    abstract: details.abstract,
    ...(details.comment !== undefined ? { comment: details.comment } : {}),
    summary: { ...(tldr !== undefined ? { tldr } : {}), ...details.summary },
  };
}

/** A day's list file (without the name of its details file) and its details file. */
export function splitDaily(d: DailyDigest): {
  list: Omit<DailyList, 'details'>;
  details: DailyDetails;
} {
  const parts = d.papers.map(splitPaper);
  const { papers: _papers, ...header } = d;
  return {
    list: { ...header, papers: parts.map((p) => p.entry) },
    details: {
      schemaVersion: d.schemaVersion,
      kind: 'daily-details',
      date: d.date,
      language: d.language,
      papers: parts.map((p) => p.details),
    },
  };
}

/** The whole day from its two files; null when they do not describe the same papers. */
export function joinDaily(list: DailyList, details: DailyDetails): DailyDigest | null {
  if (
    list.date !== details.date ||
    list.language !== details.language ||
    list.papers.length !== details.papers.length ||
    list.papers.some((p, i) => p.id !== details.papers[i]!.id)
  )
    return null;
  const { details: _file, papers, ...header } = list;
  return { ...header, papers: papers.map((p, i) => joinPaper(p, details.papers[i]!)) };
}
