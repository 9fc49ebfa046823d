/**
 * Ingests the real pipeline output in ../shared/corpus, read in place. Skipped where the
 * corpus is absent (a user's fresh clone).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJsonlDay } from '../../scripts/ingest/jsonl.ts';
import { parseMarkdownDay } from '../../scripts/ingest/markdown.ts';
import { formatIssue, Reporter } from '../../scripts/ingest/report.ts';
import { ingest, type IngestSummary } from '../../scripts/ingest/run.ts';
import { ARXIV_CATEGORY_PATTERN, type DailyDigest } from '../../src/schema/digest.ts';
import { readDay, readValidData, tempDir } from '../helpers/data-dir.ts';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(corpus);

function jsonlDay(rel: string) {
  const file = path.join(corpus, rel);
  const name = path.basename(file);
  const lang = /_AI_enhanced_([A-Za-z]*)\.jsonl$/.exec(name)?.[1];
  const reporter = new Reporter();
  const day = parseJsonlDay(
    readFileSync(file, 'utf8'),
    { file, fileName: name, date: name.slice(0, 10), statedLanguage: lang, enhanced: true },
    reporter,
  );
  return { day, messages: reporter.issues.map(formatIssue) };
}

function markdownDay(rel: string) {
  const file = path.join(corpus, rel);
  const reporter = new Reporter();
  const day = parseMarkdownDay(
    readFileSync(file, 'utf8'),
    { file, fileName: path.basename(file), date: path.basename(file).slice(0, 10) },
    reporter,
  );
  return { day, messages: reporter.issues.map(formatIssue) };
}

describe.skipIf(!present)('the real corpus', () => {
  it('2026-06-30: 532 papers, with code links', () => {
    const { day } = jsonlDay('upstream-zh/2026-06-30_AI_enhanced_Chinese.jsonl');
    expect(day.papers).toHaveLength(532);
    expect(day.language).toBe('zh');
    expect(day.papers.filter((p) => p.links.code).length).toBeGreaterThan(50);
  });

  it('2025-03-20: the oldest schema, 657 lines, 211 distinct papers with AI.task as TL;DR', () => {
    const { day } = jsonlDay('upstream-zh/2025-03-20_AI_enhanced_Chinese.jsonl');
    expect(day.records).toBe(657);
    expect(day.papers).toHaveLength(211);
    expect(day.duplicatesRemoved).toBe(446);
    expect(day.papers.filter((p) => p.summary.tldr).length).toBeGreaterThan(200);
    // ACM/MSC codes are kept apart from categories.
    expect(
      day.papers.flatMap((p) => p.categories).every((c) => ARXIV_CATEGORY_PATTERN.test(c)),
    ).toBe(true);
    expect(day.papers.some((p) => p.classifications.includes('68T50'))).toBe(true);
  });

  it('2025-10-01: hard-wrapped abstracts are unwrapped', () => {
    const { day } = jsonlDay('upstream-zh/2025-10-01_AI_enhanced_Chinese.jsonl');
    expect(day.papers).toHaveLength(349);
    const wrapped = day.papers.filter((p) => /[^\n]\n[^\n]/.test(p.abstract));
    expect(wrapped).toEqual([]);
  });

  it('the empty file is an empty day with a warning', () => {
    const { day, messages } = jsonlDay('variants/english/2026-06-30_AI_enhanced_English.jsonl');
    expect(day.papers).toEqual([]);
    expect(messages).toEqual([
      expect.stringMatching(/2026-06-30_AI_enhanced_English\.jsonl: warning: empty file/),
    ]);
  });

  it('the markdown and JSONL of 2026-02-05 give the same 174 papers', () => {
    const md = markdownDay('markdown/2026-02-05.md');
    const js = jsonlDay('upstream-zh/2026-02-05_AI_enhanced_Chinese.jsonl');
    expect(md.day.papers).toHaveLength(174);
    expect(md.messages).toEqual([]);
    expect(new Set(md.day.papers.map((p) => p.id))).toEqual(
      new Set(js.day.papers.map((p) => p.id)),
    );
    // Authors and primary categories agree with the JSONL's.
    const authors = new Map(js.day.papers.map((p) => [p.id, p.authors]));
    expect(
      md.day.papers
        .filter((p) => JSON.stringify(p.authors) !== JSON.stringify(authors.get(p.id)))
        .map((p) => p.id),
    ).toEqual([]);
    const primary = new Map(js.day.papers.map((p) => [p.id, p.categories[0]]));
    expect(md.day.papers.filter((p) => p.categories[0] !== primary.get(p.id))).toEqual([]);
  });

  it('markdown 2025-04-15 (TLDR:) and 2025-03-19 (earliest) read fully', () => {
    const april = markdownDay('markdown/2025-04-15.md');
    expect(april.day.records).toBe(702);
    expect(april.day.papers).toHaveLength(351);
    expect(
      april.day.papers.every((p) => p.summary.tldr && p.summary.conclusion && p.abstract),
    ).toBe(true);
    const march = markdownDay('markdown/2025-03-19.md');
    expect(march.day.records).toBe(206);
    expect(march.day.papers).toHaveLength(172);
    // Every paper has Task (as TL;DR), Motivation and Method, except one whose summary is
    // "Error" in every field: a placeholder, so it has no summary at all.
    const incomplete = march.day.papers.filter(
      (p) => !(p.summary.tldr && p.summary.motivation && p.summary.method),
    );
    expect(incomplete.map((p) => [p.id, p.summary])).toEqual([['2503.13756', { extra: [] }]]);
  });

  it('the forks: awesome-daily field names, astro-ph sections, upper-case language', () => {
    const awesome = jsonlDay('variants/awesome-daily/2025-09-29_AI_enhanced_Chinese.jsonl').day;
    expect(awesome.papers).toHaveLength(78);
    expect(awesome.papers.every((p) => p.categories.length > 0 && p.abstract.length > 0)).toBe(
      true,
    );
    expect(awesome.papers.every((p) => p.summary.tldr === undefined)).toBe(true);
    const astro = jsonlDay('variants/astro-ph/2025-07-02_AI_enhanced_.jsonl').day;
    expect(astro.language).toBe('zh');
    expect(
      astro.papers.filter((p) => p.summary.extra.some((e) => e.key === 'background')).length,
    ).toBeGreaterThan(20);
    expect(
      jsonlDay('variants/uppercase-lang/2026-01-27_AI_enhanced_ENGLISH.jsonl').day.language,
    ).toBe('en');
    const english = jsonlDay('variants/english/2026-03-12_AI_enhanced_English.jsonl').day;
    expect(english.language).toBe('en');
    expect(english.papers.some((p) => p.summary.tldr === undefined)).toBe(true);
  });

  it('a truncated re-download of 2026-02-05 keeps the published 174-paper day', async () => {
    const src = tempDir('corpus-src-');
    const out = tempDir('corpus-out-');
    const file = path.join(src, '2026-02-05_AI_enhanced_Chinese.jsonl');
    const whole = readFileSync(
      path.join(corpus, 'upstream-zh/2026-02-05_AI_enhanced_Chinese.jsonl'),
    );
    writeFileSync(file, whole);
    await ingest({ paths: [file], out }, new Reporter());
    const before = readValidData(out);
    expect(before.dailies[0]!.paperCount).toBe(174);
    writeFileSync(file, whole.subarray(0, 300));
    const reporter = new Reporter();
    const summary = await ingest({ paths: [file], out }, reporter);
    expect(readValidData(out)).toEqual(before);
    expect(reporter.issues.map(formatIssue)).toContain(
      `${file}: kept published 2026-02-05.zh (174 papers); this source has 0`,
    );
    expect(summary.daily.kept).toBe(1);
  });

  describe('ingesting everything', () => {
    let summary: IngestSummary;
    let out: string;
    let messages: string[];
    beforeAll(async () => {
      out = tempDir('corpus-');
      const reporter = new Reporter();
      summary = await ingest({ paths: [corpus, path.resolve(corpus, '../seeds')], out }, reporter);
      messages = reporter.issues.map(formatIssue);
    });

    it('accounts for every file and reconciles its counts', () => {
      const files = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
        );
      const all = files(corpus);
      const seen = new Set([...summary.accounts.map((a) => a.file), ...summary.ignored]);
      expect(all.filter((f) => !seen.has(f))).toEqual([]);
      expect(
        summary.papersKept +
          summary.superseded +
          summary.withheld +
          summary.duplicates +
          summary.skipped,
      ).toBe(summary.records);
      expect(summary.skipped).toBe(0);
      expect(messages.filter((m) => m.includes('skipped'))).toEqual([]);
    });

    it('publishes one digest per date and language, markdown and JSONL of one day merged', () => {
      const m = readValidData(out);
      const keys = m.dailies.map((d) => `${d.date}.${d.language}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(m.dailies.find((d) => d.date === '2026-02-05')).toMatchObject({
        paperCount: 174,
        language: 'zh',
      });
      expect(
        m.dailies.filter((d) => d.date === '2026-06-30').map((d) => [d.language, d.paperCount]),
      ).toEqual([['zh', 532]]);
      // The empty English file of that day publishes nothing, and says so.
      expect(messages).toContain(
        `${path.join(corpus, 'variants/english/2026-06-30_AI_enhanced_English.jsonl')}: no readable paper; nothing published for 2026-06-30.en`,
      );
      const feb5: DailyDigest = readDay(out, m.dailies.find((d) => d.date === '2026-02-05')!.file);
      expect(feb5.source.format).toBe('jsonl');
    });
  });
});
