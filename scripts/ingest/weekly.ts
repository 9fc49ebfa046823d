/**
 * Weekly digest text (the "AI for Science" weekly), with the variants seen across weeks: a
 * preamble line before the title, blank lines between every line, `•` bullets with
 * indentation, a title suffix such as `(Mar 16–22)`, date ranges across a year end,
 * missing sections, and list items broken by the generator (`[object Object]`,
 * `— undefined`), which are dropped with a warning.
 */
import {
  ARXIV_ID_PATTERN,
  SCHEMA_VERSION,
  describeSchemaError,
  weeklyDigestSchema,
  type Breakthrough,
  type ListedPaper,
  type Trend,
  type WeeklyDigest,
} from '../../src/schema/digest.ts';
import type { Reporter } from './report.ts';
import { normaliseLine } from './text.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DASH = '\\s*[–—-]\\s*';
/** `Feb 5 – Feb 11, 2026`, `Dec 29 – Jan 4, 2026`, `Dec 29, 2025 – Jan 4, 2026`, `Mar 16–22, 2026`. */
const RANGE = new RegExp(
  `${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?${DASH}(?:${MONTH}\\s+)?(\\d{1,2})(?:,\\s*(\\d{4}))?`,
  'i',
);

type SectionName = 'summary' | 'keyTakeaway' | 'breakthroughs' | 'trends' | 'notable' | 'honorable';

const HEADINGS: readonly [RegExp, SectionName][] = [
  [/^summary$/i, 'summary'],
  [/^key takeaways?$/i, 'keyTakeaway'],
  [/^(?:key )?breakthroughs?$/i, 'breakthroughs'],
  [/^(?:key |emerging )?trends$/i, 'trends'],
  [/^notable papers$/i, 'notable'],
  [/^honou?rable mentions$/i, 'honorable'],
];

interface Line {
  n: number;
  text: string;
  bullet: boolean;
}

function headingOf(text: string): { name: SectionName; count?: number } | undefined {
  const m = /^(.*?)\s*(?:\((\d+)\))?\s*:?\s*$/.exec(text);
  if (!m) return undefined;
  for (const [re, name] of HEADINGS) {
    if (re.test(m[1]!.trim())) return { name, ...(m[2] ? { count: Number(m[2]) } : {}) };
  }
  return undefined;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads a date range; the year is given once at the end, and a range may cross a year end. */
export function parseDateRange(text: string): { start: string; end: string } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const m1 = monthIndex(m[1]!);
  const d1 = Number(m[2]);
  const m2 = m[4] ? monthIndex(m[4]) : m1;
  const d2 = Number(m[5]);
  const y2 = m[6] ? Number(m[6]) : m[3] ? Number(m[3]) : undefined;
  if (y2 === undefined || m1 < 0 || m2 < 0) return undefined;
  const y1 = m[3] ? Number(m[3]) : m2 < m1 ? y2 - 1 : y2;
  const start = iso(y1, m1, d1);
  const end = iso(y2, m2, d2);
  const valid = (s: string, mo: number, d: number) => {
    const dt = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(dt.getTime()) && dt.getUTCMonth() === mo && dt.getUTCDate() === d;
  };
  if (!valid(start, m1, d1) || !valid(end, m2, d2) || start > end) return undefined;
  return { start, end };
}

/** ISO 8601 week of a date: [ISO year, week number]. */
export function isoWeek(date: string): [number, number] {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return [d.getUTCFullYear(), week];
}

export function weeklyId(title: string, start: string): string {
  const [year, week] = isoWeek(start);
  const publication = (title.split(':')[0] ?? title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${publication || 'weekly'}-${year}-w${String(week).padStart(2, '0')}`;
}

function isBroken(text: string): boolean {
  return /\[object Object\]/i.test(text) || /(?:^|[—–-]\s*)undefined\s*$/i.test(text.trim());
}

/** `Title (2602.12345)` → title and id; an empty `()` left where an id was lost is removed. */
function splitTrailingId(text: string): { title: string; arxivId?: string } {
  let t = text.replace(/\s*\(\s*\)\s*/g, ' ').trim();
  const m = /\s*\((?:arXiv:)?\s*([^()\s]+)\s*\)\s*$/i.exec(t);
  if (m && ARXIV_ID_PATTERN.test(m[1]!.replace(/v\d+$/, ''))) {
    t = t.slice(0, m.index).trim();
    return { title: t, arxivId: m[1]!.replace(/v\d+$/, '') };
  }
  return { title: t };
}

export interface WeeklyOptions {
  file: string;
  fileName: string;
}

/** What the section parsers share: the file, its sections, the reporter. */
interface Ctx {
  file: string;
  reporter: Reporter;
  sections: Map<SectionName, Line[]>;
}

/** Non-empty lines, trailing space removed, bullets recognised. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split('\n').forEach((raw, i) => {
    const stripped = raw.replace(/\s+$/, '');
    if (stripped.trim() === '') return;
    const bm = /^\s*(?:[•●▪◦‣∙·*]|-(?!-)|–)\s+(.*)$/.exec(stripped);
    lines.push({ n: i + 1, text: normaliseLine(bm ? bm[1]! : stripped), bullet: Boolean(bm) });
  });
  return lines;
}

/**
 * The title is the line before the date range (anything earlier is a preamble such as "Back to
 * artifacts"); without a date line, the first line that carries a range. -1s when none.
 */
function findHeader(lines: readonly Line[]): { rangeIdx: number; titleIdx: number } {
  let rangeIdx = lines.findIndex(
    (l, i) => i < 6 && /·|papers analy[sz]ed/i.test(l.text) && RANGE.test(l.text),
  );
  let titleIdx = rangeIdx > 0 ? rangeIdx - 1 : -1;
  if (rangeIdx < 0) {
    rangeIdx = lines.findIndex((l, i) => i < 6 && RANGE.test(l.text) && !headingOf(l.text));
    titleIdx = rangeIdx;
  }
  return { rangeIdx, titleIdx };
}

/** The counts the header line states: "… · 1,234 papers analyzed · 3 breakthroughs". */
function statedCounts(rangeText: string): WeeklyDigest['stated'] {
  const stated: WeeklyDigest['stated'] = {};
  const papersM = /(\d[\d,]*)\+?\s+papers?\b/i.exec(rangeText);
  if (papersM) stated.papersAnalyzed = Number(papersM[1]!.replace(/,/g, ''));
  const btM = /(\d+)\s+breakthroughs?\b/i.exec(rangeText);
  if (btM) stated.breakthroughs = Number(btM[1]);
  return stated;
}

/** The lines after the header, by section; headings may state counts too. */
function splitSections(
  lines: readonly Line[],
  from: number,
  stated: WeeklyDigest['stated'],
  file: string,
  reporter: Reporter,
): Map<SectionName, Line[]> {
  const sections = new Map<SectionName, Line[]>();
  let current: Line[] | undefined;
  for (const l of lines.slice(from)) {
    const h = l.bullet ? undefined : headingOf(l.text);
    if (h) {
      current = [];
      sections.set(h.name, current);
      if (h.name === 'notable' && h.count !== undefined) stated.notablePapers = h.count;
      if (h.name === 'breakthroughs' && h.count !== undefined) stated.breakthroughs ??= h.count;
      continue;
    }
    if (current) current.push(l);
    else reporter.warn(file, l.n, `text outside any section ignored: "${l.text.slice(0, 60)}"`);
  }
  return sections;
}

/** Whether a line lost its content upstream ("[object Object]", "undefined"): reported. */
function dropBroken(ctx: Ctx, l: Line, what: string): boolean {
  if (!isBroken(l.text)) return false;
  ctx.reporter.warn(ctx.file, l.n, `broken ${what} dropped: "${l.text.slice(0, 60)}"`);
  return true;
}

function prose(ctx: Ctx, name: SectionName): string | undefined {
  const body = (ctx.sections.get(name) ?? []).filter((l) => !dropBroken(ctx, l, 'line'));
  const joined = body
    .map((l) => l.text)
    .join('\n\n')
    .trim();
  return joined || undefined;
}

/** Breakthrough ids from the summary's numbered list: "(1) 2602.09093 demonstrates…". */
function summaryIds(summary: string | undefined): Map<number, string> {
  const ids = new Map<number, string>();
  for (const m of (summary ?? '').matchAll(/\((\d+)\)\s*(?:arXiv:)?(\d{4}\.\d{4,5})/gi))
    ids.set(Number(m[1]), m[2]!);
  return ids;
}

/** A labelled part of a breakthrough ("Why Novel: …", "Evidence: …"), or continued text. */
function addToBreakthrough(ctx: Ctx, bt: Breakthrough, l: Line, list: string[] | undefined) {
  const label = /^(Why Novel|Key Innovations?|Evidence|Impact)\s*:\s*(.*)$/i.exec(l.text);
  if (label) {
    const name = label[1]!.toLowerCase();
    const rest = label[2]!.trim();
    if (name === 'why novel') bt.whyNovel = rest || undefined;
    else if (name === 'impact') bt.impact = rest || undefined;
    else {
      const items = name.startsWith('key') ? bt.keyInnovations : bt.evidence;
      if (rest && !dropBroken(ctx, l, 'list item')) items.push(rest);
      return items;
    }
    return undefined;
  }
  if (list) {
    // Evidence items lost their figure reference and start with a bare "— ".
    const textItem = l.text.replace(/^[—–]\s*/, '').trim();
    if (textItem && !dropBroken(ctx, l, 'list item')) list.push(textItem);
  } else if (bt.impact) bt.impact += ` ${l.text}`;
  else if (bt.whyNovel) bt.whyNovel += ` ${l.text}`;
  return list;
}

function parseBreakthroughs(ctx: Ctx, ids: ReadonlyMap<number, string>): Breakthrough[] {
  const breakthroughs: Breakthrough[] = [];
  let bt: Breakthrough | undefined;
  let list: string[] | undefined;
  for (const l of ctx.sections.get('breakthroughs') ?? []) {
    const item = !l.bullet ? /^(\d+)[.)]\s+(.+)$/.exec(l.text) : null;
    const labelled = /^(Why Novel|Key Innovations?|Evidence|Impact)\s*:/i.test(l.text);
    if (item && !labelled) {
      list = undefined;
      bt = undefined;
      if (dropBroken(ctx, l, 'breakthrough')) continue;
      const { title, arxivId } = splitTrailingId(item[2]!);
      const id = arxivId ?? ids.get(Number(item[1]));
      bt = { title, ...(id ? { arxivId: id } : {}), keyInnovations: [], evidence: [] };
      breakthroughs.push(bt);
    } else if (bt) list = addToBreakthrough(ctx, bt, l, labelled ? undefined : list);
  }
  for (const b of breakthroughs) {
    if (!b.whyNovel) delete b.whyNovel;
    if (!b.impact) delete b.impact;
  }
  return breakthroughs;
}

function parseTrends(ctx: Ctx): Trend[] {
  const trends: Trend[] = [];
  for (const l of ctx.sections.get('trends') ?? []) {
    if (dropBroken(ctx, l, 'trend')) continue;
    const m = /^([^:]{2,160}):\s*(.*)$/.exec(l.text);
    if (m) trends.push({ name: m[1]!.trim(), description: m[2]!.trim() });
    else if (trends.length > 0 && !l.bullet) trends[trends.length - 1]!.description += ` ${l.text}`;
    else trends.push({ name: l.text, description: '' });
  }
  return trends;
}

/** A list of papers: numbered or bulleted "Title (id) — description", continued below. */
function parseListed(ctx: Ctx, name: SectionName, what: string): ListedPaper[] {
  const out: ListedPaper[] = [];
  let last: ListedPaper | undefined;
  for (const l of ctx.sections.get(name) ?? []) {
    const numbered = /^(\d+)[.)]\s+(.+)$/.exec(l.text);
    if (numbered || l.bullet) {
      last = undefined;
      if (dropBroken(ctx, l, what)) continue;
      const body = numbered ? numbered[2]! : l.text;
      // "Title — description" on one line.
      const [head, ...desc] = body.split(/\s+[—–]\s+/);
      const { title: t, arxivId } = splitTrailingId(head!);
      if (!t) continue;
      last = { title: t, ...(arxivId ? { arxivId } : {}) };
      const d = desc.join(' — ').trim();
      if (d) last.description = d;
      out.push(last);
    } else if (last) {
      if (dropBroken(ctx, l, `${what} description`)) continue;
      last.description = last.description ? `${last.description} ${l.text}` : l.text;
    }
  }
  return out;
}

/** Missing sections and counts the digest states but does not list: warnings. */
function checkStated(
  ctx: Ctx,
  stated: WeeklyDigest['stated'],
  counts: { breakthroughs: number; notable: number },
  rangeLine: Line,
): void {
  const { file, reporter } = ctx;
  for (const [, name] of HEADINGS)
    if (!ctx.sections.has(name)) reporter.warn(file, 0, `section "${name}" is missing`);
  if (stated.breakthroughs !== undefined && stated.breakthroughs !== counts.breakthroughs)
    reporter.warn(
      file,
      rangeLine.n,
      `states ${stated.breakthroughs} breakthroughs, ${counts.breakthroughs} listed`,
    );
  if (stated.notablePapers !== undefined && stated.notablePapers !== counts.notable)
    reporter.warn(
      file,
      0,
      `states ${stated.notablePapers} notable papers, ${counts.notable} listed`,
    );
}

/** Parses one weekly digest; undefined (with the reason reported) when it cannot be read. */
export function parseWeekly(
  text: string,
  opts: WeeklyOptions,
  reporter: Reporter,
): WeeklyDigest | undefined {
  const { file } = opts;
  const lines = readLines(text);
  const { rangeIdx, titleIdx } = findHeader(lines);
  if (rangeIdx < 0 || titleIdx < 0) {
    reporter.skip(
      file,
      0,
      'not a weekly digest: no date range such as "Feb 5 – Feb 11, 2026" near the top',
    );
    return undefined;
  }
  for (let i = 0; i < titleIdx; i++)
    reporter.warn(file, lines[i]!.n, `preamble line ignored: "${lines[i]!.text.slice(0, 60)}"`);
  const rangeLine = lines[rangeIdx]!;
  const range = parseDateRange(rangeLine.text);
  if (!range) {
    reporter.skip(file, rangeLine.n, `unreadable date range "${rangeLine.text.slice(0, 60)}"`);
    return undefined;
  }
  // A title suffix repeating the range, "(Mar 16–22)", is dropped: the range is shown anyway.
  const title = lines[titleIdx]!.text.replace(
    new RegExp(`\\s*\\(\\s*${RANGE.source}\\s*\\)\\s*$`, 'i'),
    '',
  ).trim();
  const stated = statedCounts(rangeLine.text);
  const sections = splitSections(lines, rangeIdx + 1, stated, file, reporter);
  const ctx: Ctx = { file, reporter, sections };
  const summary = prose(ctx, 'summary');
  const keyTakeaway = prose(ctx, 'keyTakeaway');
  const breakthroughs = parseBreakthroughs(ctx, summaryIds(summary));
  const trends = parseTrends(ctx);
  const notablePapers = parseListed(ctx, 'notable', 'notable paper');
  const honorableMentions = parseListed(ctx, 'honorable', 'honorable mention');
  checkStated(
    ctx,
    stated,
    { breakthroughs: breakthroughs.length, notable: notablePapers.length },
    rangeLine,
  );
  const parsed = weeklyDigestSchema.safeParse({
    schemaVersion: SCHEMA_VERSION,
    kind: 'weekly' as const,
    id: weeklyId(title, range.start),
    title,
    start: range.start,
    end: range.end,
    stated,
    ...(summary ? { summary } : {}),
    ...(keyTakeaway ? { keyTakeaway } : {}),
    breakthroughs,
    trends,
    notablePapers,
    honorableMentions,
    trendLinks: [],
    source: { files: [opts.fileName] },
  });
  if (!parsed.success) {
    reporter.skip(
      file,
      0,
      `weekly digest does not fit the schema: ${describeSchemaError(parsed.error)}`,
    );
    return undefined;
  }
  return parsed.data;
}
