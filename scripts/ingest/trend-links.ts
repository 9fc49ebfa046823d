/**
 * Links each weekly trend to papers: the week's own listed papers (breakthroughs, notable
 * papers, honorable mentions) and every daily paper whose date falls in the week's range.
 *
 * A paper is linked when the trend mentions it (its arXiv id, its full title, or the short
 * name before a title's colon such as "MSP-LLM"), or when its lexical relevance to the trend
 * reaches a threshold. Relevance is BM25 over title, TL;DR and abstract (listed papers: title
 * and the digest's own description), with Porter-stemmed English terms and the week's
 * candidates as the collection; see docs/decisions/0003-trend-links.md for the numbers.
 * Everything is deterministic: same inputs, same links, same order.
 */
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import type {
  DailyDigest,
  ListedPaper,
  TrendLinks,
  TrendPaperLink,
  WeeklyDigest,
} from '../../src/schema/digest.ts';

export const LEXICAL = {
  /** BM25 term saturation and length normalisation (the usual values). */
  k1: 1.2,
  b: 0.75,
  /** Terms of the trend's name count this many times a description term. */
  nameWeight: 2,
  /** Normalised score a paper needs to be linked without being mentioned. */
  threshold: 0.2,
  /** …and this many distinct trend terms it must share, so one common word never suffices. */
  minSharedTerms: 3,
  /** At most this many lexical links per trend, best first. */
  maxLinks: 30,
} as const;

/** Words too general in this genre to say what a trend is about. */
const GENRE_STOPWORDS = [
  'paper',
  'papers',
  'propose',
  'proposes',
  'proposed',
  'present',
  'presents',
  'introduce',
  'introduces',
  'show',
  'shows',
  'demonstrate',
  'demonstrates',
  'demonstrating',
  'approach',
  'approaches',
  'method',
  'methods',
  'result',
  'results',
  'study',
  'studies',
  'new',
  'novel',
  'use',
  'uses',
  'using',
  'based',
  'via',
  'across',
  'toward',
  'towards',
  'emerging',
  'enabling',
  'work',
  'framework',
  'frameworks',
  'model',
  'models',
  'modeling',
  'learning',
  'data',
  'task',
  'tasks',
];
const STOP = new Set([...englishStopwords, ...GENRE_STOPWORDS]);

/** Lower-cased, stop-worded, stemmed English terms; CJK text yields none (trends are English). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    const w = m[0];
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stemmer(w));
  }
  return out;
}

/** Title comparison key: letters and digits only, lower case. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Candidate {
  id?: string;
  title: string;
  date?: string;
  from: TrendPaperLink['from'];
  text: string;
  /** Term frequencies and length, for BM25. */
  tf: Map<string, number>;
  length: number;
}

function mentioned(trendText: string, trendKey: string, c: Candidate): boolean {
  if (c.id && trendText.includes(c.id)) return true;
  const key = titleKey(c.title);
  if (key.split(' ').length >= 2 && ` ${trendKey} `.includes(` ${key} `)) return true;
  // The short name before a colon ("MSP-LLM: A Unified …"): a distinctive token of ≥ 4
  // characters with a capital or a digit inside, matched as a whole word.
  const short = /^([^:]{4,40}):/.exec(c.title)?.[1]?.trim();
  if (short && /^[\p{L}\p{N}-]+$/u.test(short) && /[A-Z0-9].*[A-Z0-9]|[a-z][A-Z]/.test(short)) {
    const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}\\p{N}-])${escaped}($|[^\\p{L}\\p{N}-])`, 'u').test(trendText))
      return true;
  }
  return false;
}

function makeCandidate(base: Omit<Candidate, 'tf' | 'length'>): Candidate {
  const t = terms(base.text);
  const tf = new Map<string, number>();
  for (const w of t) tf.set(w, (tf.get(w) ?? 0) + 1);
  return { ...base, tf, length: t.length };
}

/** The papers a week's trends can link to: its own lists, merged with the daily papers in range. */
function candidatesFor(week: WeeklyDigest, dailies: readonly DailyDigest[]): Candidate[] {
  const daily = new Map<string, { title: string; date: string; text: string }>();
  const byTitle = new Map<string, string>();
  for (const d of dailies) {
    if (d.date < week.start || d.date > week.end) continue;
    for (const p of d.papers) {
      if (daily.has(p.id)) continue;
      daily.set(p.id, {
        title: p.title,
        date: d.date,
        text: [p.title, p.summary.tldr ?? '', p.abstract].join(' '),
      });
      byTitle.set(titleKey(p.title), p.id);
    }
  }
  const out: Candidate[] = [];
  const used = new Set<string>();
  const listed: { title: string; arxivId?: string; text: string; from: TrendPaperLink['from'] }[] =
    [
      ...week.breakthroughs.map((b) => ({
        ...b,
        text: [b.title, b.whyNovel ?? ''].join(' '),
        from: 'breakthrough' as const,
      })),
      ...week.notablePapers.map((n) => ({
        ...n,
        text: [n.title, n.description ?? ''].join(' '),
        from: 'notable' as const,
      })),
      ...week.honorableMentions.map((h) => ({ ...h, text: h.title, from: 'honorable' as const })),
    ];
  for (const l of listed) {
    const id = l.arxivId ?? byTitle.get(titleKey(l.title));
    if (id && used.has(id)) continue;
    const d = id ? daily.get(id) : undefined;
    if (id) used.add(id);
    out.push(
      makeCandidate({
        ...(id ? { id } : {}),
        title: d?.title ?? l.title,
        ...(d ? { date: d.date } : {}),
        from: l.from,
        text: d ? `${l.text} ${d.text}` : l.text,
      }),
    );
  }
  for (const [id, d] of daily) {
    if (used.has(id)) continue;
    out.push(makeCandidate({ id, title: d.title, date: d.date, from: 'daily', text: d.text }));
  }
  return out;
}

/** Computes every trend's links for one week. */
export function linkTrends(week: WeeklyDigest, dailies: readonly DailyDigest[]): TrendLinks[] {
  const cands = candidatesFor(week, dailies);
  const n = cands.length;
  const avgLen = n > 0 ? cands.reduce((s, c) => s + c.length, 0) / n : 1;
  const df = new Map<string, number>();
  for (const c of cands) for (const t of c.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => {
    const f = df.get(t) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };

  return week.trends.map((trend) => {
    const trendText = `${trend.name}: ${trend.description}`;
    const trendKey = titleKey(trendText);
    const weights = new Map<string, number>();
    for (const t of terms(trend.name)) weights.set(t, LEXICAL.nameWeight);
    for (const t of terms(trend.description)) if (!weights.has(t)) weights.set(t, 1);
    const maxScore = [...weights].reduce((s, [t, w]) => s + w * idf(t) * (LEXICAL.k1 + 1), 0) || 1;

    const links: TrendPaperLink[] = [];
    const lexical: TrendPaperLink[] = [];
    for (const c of cands) {
      let score = 0;
      let shared = 0;
      for (const [t, w] of weights) {
        const f = c.tf.get(t);
        if (!f) continue;
        shared += 1;
        const norm = LEXICAL.k1 * (1 - LEXICAL.b + (LEXICAL.b * c.length) / avgLen);
        score += w * idf(t) * ((f * (LEXICAL.k1 + 1)) / (f + norm));
      }
      const normalised = Math.round((score / maxScore) * 1000) / 1000;
      const base = {
        ...(c.id ? { id: c.id } : {}),
        title: c.title,
        ...(c.date ? { date: c.date } : {}),
        from: c.from,
        score: normalised,
      };
      if (mentioned(trendText, trendKey, c)) links.push({ ...base, reason: 'mention' });
      else if (normalised >= LEXICAL.threshold && shared >= LEXICAL.minSharedTerms) {
        lexical.push({ ...base, reason: 'lexical' });
      }
    }
    const byScore = (a: TrendPaperLink, b: TrendPaperLink) =>
      b.score - a.score || (a.id ?? a.title).localeCompare(b.id ?? b.title);
    links.sort(byScore);
    lexical.sort(byScore);
    return { trend: trend.name, papers: [...links, ...lexical.slice(0, LEXICAL.maxLinks)] };
  });
}

/** Fills in the week's trend links and the daily dates of its listed papers. */
export function withLinks(week: WeeklyDigest, dailies: readonly DailyDigest[]): WeeklyDigest {
  const inRange = dailies.filter((d) => d.date >= week.start && d.date <= week.end);
  const byId = new Map<string, string>();
  const byTitle = new Map<string, { id: string; date: string }>();
  for (const d of inRange) {
    for (const p of d.papers) {
      if (!byId.has(p.id)) byId.set(p.id, d.date);
      if (!byTitle.has(titleKey(p.title)))
        byTitle.set(titleKey(p.title), { id: p.id, date: d.date });
    }
  }
  /** A listed paper with the id and daily date found for it (a stale date is dropped). */
  const resolve = ({ date: _stale, ...item }: ListedPaper): ListedPaper => {
    const hit = item.arxivId
      ? { id: item.arxivId, date: byId.get(item.arxivId) }
      : byTitle.get(titleKey(item.title));
    if (!hit) return item;
    return { ...item, arxivId: hit.id, ...(hit.date ? { date: hit.date } : {}) };
  };
  const resolved: WeeklyDigest = {
    ...week,
    notablePapers: week.notablePapers.map(resolve),
    honorableMentions: week.honorableMentions.map(resolve),
  };
  return { ...resolved, trendLinks: linkTrends(resolved, inRange) };
}
