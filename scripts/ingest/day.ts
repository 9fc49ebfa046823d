/**
 * What every daily input format turns into before one digest is chosen per date and
 * language: papers checked against the schema, with the counts that the closing summary
 * reconciles (records = kept + duplicates + skipped).
 */
import {
  SUMMARY_SECTIONS,
  describeSchemaError,
  httpUrlSchema,
  paperSchema,
  stripArxivVersion,
  ARXIV_ID_PATTERN,
  type DailySourceFormat,
  type ExtraSection,
  type Paper,
  type Summary,
} from '../../src/schema/digest.ts';
import { splitCategories } from './categories.ts';
import type { Reporter } from './report.ts';
import { detectLanguage, normaliseLine, normaliseProse, sectionText } from './text.ts';

export interface DayCandidate {
  /** The path as given (for messages). */
  file: string;
  /** The bare file name (stored in the digest). */
  fileName: string;
  date: string;
  format: DailySourceFormat;
  /** Summary language; null for raw files without summaries. */
  language: string | null;
  records: number;
  skipped: number;
  duplicatesRemoved: number;
  papers: Paper[];
}

/** A paper as parsed, with the line it came from, before duplicates are removed. */
export interface ParsedPaper {
  line: number;
  paper: Paper;
}

/** Source field names for the summary sections; `task` is the oldest schema's TL;DR. */
const SECTION_ALIASES: Readonly<Record<string, keyof Omit<Summary, 'extra'>>> = {
  tldr: 'tldr',
  'tl;dr': 'tldr',
  task: 'tldr',
  motivation: 'motivation',
  method: 'method',
  result: 'result',
  results: 'result',
  conclusion: 'conclusion',
  conclusions: 'conclusion',
};

function extraLabel(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Builds the summary from a record's `AI` object (or a markdown day's labelled sections).
 * Standard sections go to their place; any other text field a fork adds is kept as an extra
 * section under its own name. Placeholders count as missing.
 */
export function summaryFrom(fields: Readonly<Record<string, unknown>>): Summary {
  const summary: Summary = { extra: [] };
  const extra: ExtraSection[] = [];
  for (const [rawKey, value] of Object.entries(fields)) {
    const key = rawKey.trim().toLowerCase();
    const text = sectionText(value);
    if (text === undefined) continue;
    const std = SECTION_ALIASES[key];
    if (std) {
      summary[std] ??= text;
    } else if (/^[a-z][a-z0-9_]*$/.test(key) && key !== 'abstract') {
      extra.push({ key, label: extraLabel(key), text });
    }
  }
  summary.extra = extra;
  return summary;
}

/** How much summary a paper carries: used to pick the richer of two duplicates. */
export function summaryRichness(summary: Summary): number {
  return SUMMARY_SECTIONS.filter((k) => summary[k] !== undefined).length + summary.extra.length;
}

export function summaryText(summary: Summary): string {
  return [...SUMMARY_SECTIONS.map((k) => summary[k] ?? ''), ...summary.extra.map((e) => e.text)]
    .join(' ')
    .trim();
}

function authorsFrom(raw: unknown): string[] {
  const list =
    typeof raw === 'string' ? raw.split(/,|\band\b/) : Array.isArray(raw) ? (raw as unknown[]) : [];
  const out: string[] = [];
  for (const a of list) {
    if (typeof a !== 'string') continue;
    const name = normaliseLine(a);
    if (name) out.push(name);
  }
  return out;
}

/** Derives arXiv's own links for an id; arXiv's HTML rendering exists from December 2023 on. */
export function arxivLinks(id: string): { abs: string; pdf: string; html?: string } {
  const links: { abs: string; pdf: string; html?: string } = {
    abs: `https://arxiv.org/abs/${id}`,
    pdf: `https://arxiv.org/pdf/${id}`,
  };
  const m = /^(\d{2})(\d{2})\./.exec(id);
  if (m && Number(m[1]) * 100 + Number(m[2]) >= 2312) links.html = `https://arxiv.org/html/${id}`;
  return links;
}

export interface RecordFields {
  id: unknown;
  title: unknown;
  authors: unknown;
  categories: unknown;
  abstract: unknown;
  comment: unknown;
  abs?: unknown;
  pdf?: unknown;
  codeUrl?: unknown;
  codeStars?: unknown;
  summary: Summary;
}

/**
 * Turns one record's fields into a schema-checked paper, or reports why it cannot be one.
 * Link fields that are not http(s) URLs are dropped with a warning (arXiv's own link is used
 * instead where one can be derived).
 */
export function buildPaper(
  fields: RecordFields,
  where: { file: string; line: number },
  reporter: Reporter,
): Paper | undefined {
  const { file, line } = where;
  const rawId =
    typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : '';
  const id = stripArxivVersion(rawId.replace(/^arxiv:/i, ''));
  if (!ARXIV_ID_PATTERN.test(id)) {
    reporter.skip(
      file,
      line,
      rawId ? `invalid arXiv id ${JSON.stringify(rawId.slice(0, 40))}` : 'missing id',
    );
    return undefined;
  }
  const title = typeof fields.title === 'string' ? normaliseLine(fields.title) : '';
  if (!title) {
    reporter.skip(file, line, `paper ${id}: missing title`);
    return undefined;
  }
  const derived = arxivLinks(id);
  const link = (value: unknown, name: string): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && httpUrlSchema.safeParse(value.trim()).success)
      return value.trim();
    reporter.warn(file, line, `paper ${id}: ${name} link dropped (not an http(s) URL)`);
    return undefined;
  };
  const { categories, classifications } = splitCategories(fields.categories);
  const code = link(fields.codeUrl, 'code');
  const stars =
    typeof fields.codeStars === 'number' &&
    Number.isInteger(fields.codeStars) &&
    fields.codeStars >= 0
      ? fields.codeStars
      : undefined;
  const comment = typeof fields.comment === 'string' ? normaliseProse(fields.comment) : '';
  const candidate = {
    id,
    title,
    authors: authorsFrom(fields.authors),
    categories,
    classifications,
    abstract: typeof fields.abstract === 'string' ? normaliseProse(fields.abstract) : '',
    ...(comment ? { comment } : {}),
    links: {
      abs: link(fields.abs, 'abs') ?? derived.abs,
      pdf: link(fields.pdf, 'pdf') ?? derived.pdf,
      ...(derived.html ? { html: derived.html } : {}),
      ...(code ? { code } : {}),
    },
    ...(code && stars !== undefined ? { codeStars: stars } : {}),
    summary: fields.summary,
  };
  const parsed = paperSchema.safeParse(candidate);
  if (!parsed.success) {
    reporter.skip(file, line, `paper ${id}: ${describeSchemaError(parsed.error)}`);
    return undefined;
  }
  return parsed.data;
}

/**
 * Removes repeated ids within one day, keeping the copy with the most summary (the first on
 * a tie), in the order the papers first appeared.
 */
export function dedupePapers(parsed: readonly ParsedPaper[]): { papers: Paper[]; removed: number } {
  const best = new Map<string, ParsedPaper>();
  const order: string[] = [];
  for (const p of parsed) {
    const seen = best.get(p.paper.id);
    if (!seen) {
      best.set(p.paper.id, p);
      order.push(p.paper.id);
    } else if (summaryRichness(p.paper.summary) > summaryRichness(seen.paper.summary)) {
      best.set(p.paper.id, p);
    }
  }
  return { papers: order.map((id) => best.get(id)!.paper), removed: parsed.length - order.length };
}

/**
 * Checks each paper's summary language against the digest's and records the ones that
 * differ; returns the language the summaries are mostly in, for files that state none.
 */
export function checkLanguages(
  papers: Paper[],
  stated: string | undefined,
  file: string,
  reporter: Reporter,
): string {
  const counts = new Map<string, number>();
  const detected = papers.map((p) => {
    const lang = detectLanguage(summaryText(p.summary));
    if (lang !== 'und') counts.set(lang, (counts.get(lang) ?? 0) + 1);
    return lang;
  });
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  const language = stated ?? majority;
  let mismatched = 0;
  papers.forEach((p, i) => {
    const lang = detected[i]!;
    if (lang !== 'und' && lang !== language) {
      p.summaryLanguage = lang;
      mismatched += 1;
    }
  });
  if (mismatched > 0) {
    reporter.warn(
      file,
      0,
      `${mismatched} of ${papers.length} summaries are not in the stated language (${language}); they are labelled with their own`,
    );
  }
  return language;
}
