import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Reporter, formatIssue } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { LockError } from '../../scripts/ingest/files.ts';
import { readDataFile, readDay, readValidData, tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

function write(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function run(
  paths: string[],
  out: string,
  extra: { clean?: boolean; date?: string; allowShrink?: boolean } = {},
) {
  const reporter = new Reporter();
  const summary = await ingest({ paths, out, ...extra }, reporter);
  return { summary, reporter, messages: reporter.issues.map(formatIssue) };
}

const mdDay = (ids: string[]) =>
  ids
    .map(
      (id) =>
        `### [Markdown paper ${id}](https://arxiv.org/abs/${id})\n*A. Person*\n\nMain category: cs.LG\n\nTL;DR: 这是一篇论文的摘要。\n\n<details>\n  <summary>Details</summary>\nAbstract: Abstract.\n\n</details>\n`,
    )
    .join('\n');

const weekly = `Widget Science: January 2026 Week 2
Jan 5 – Jan 11, 2026 · 3 papers analyzed · 0 breakthroughs
Summary
A quiet week.
Trends
Synthetic widget studies: Several papers study synthetic widgets and their properties this week.
`;

describe('ingest', () => {
  it('adds a day without touching the others, and replaces a day that is ingested again', async () => {
    const src = tempDir();
    const out = tempDir();
    const a = write(
      src,
      '2026-01-05_AI_enhanced_Chinese.jsonl',
      jsonl([upstreamRecord(), upstreamRecord()]),
    );
    await run([a], out);
    const first = readValidData(out);
    const b = write(src, 'more/2026-01-06_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]));
    const second = await run([b], out);
    const m2 = readValidData(out);
    expect(m2.dailies.map((d) => [d.date, d.paperCount])).toEqual([
      ['2026-01-06', 1],
      ['2026-01-05', 2],
    ]);
    expect(m2.dailies[1]!.file).toBe(first.dailies[0]!.file);
    expect(second.summary.daily).toMatchObject({ written: 1, total: 2 });

    write(
      src,
      '2026-01-05_AI_enhanced_Chinese.jsonl',
      jsonl([upstreamRecord(), upstreamRecord(), upstreamRecord()]),
    );
    await run([a], out);
    expect(readValidData(out).dailies[1]!.paperCount).toBe(3);
    // Fewer papers replace a published day only when the operator says so.
    write(src, '2026-01-05_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]));
    await run([a], out, { allowShrink: true });
    const m3 = readValidData(out);
    expect(m3.dailies.map((d) => [d.date, d.paperCount])).toEqual([
      ['2026-01-06', 1],
      ['2026-01-05', 1],
    ]);
    // The replaced shard is gone: one file per digest.
    expect(readdirSync(path.join(out, 'daily'))).toHaveLength(2);
  });

  it('keeps a published day when a truncated re-download of its file is ingested', async () => {
    const src = tempDir();
    const out = tempDir();
    const records = Array.from({ length: 174 }, () => upstreamRecord());
    const file = write(src, '2026-02-05_AI_enhanced_Chinese.jsonl', jsonl(records));
    await run([file], out);
    const before = readValidData(out);
    expect(before.dailies.map((d) => [d.date, d.paperCount])).toEqual([['2026-02-05', 174]]);

    // What a failed summarisation run or an interrupted download leaves: the first 300 bytes.
    writeFileSync(file, readFileSync(file).subarray(0, 300));
    const again = await run([file], out);
    expect(readValidData(out)).toEqual(before);
    expect(again.messages).toContain(
      `${file}: kept published 2026-02-05.zh (174 papers); this source has 0`,
    );
    expect(again.summary.daily).toMatchObject({ written: 0, kept: 1, total: 1 });

    // A smaller but readable file is kept out too, and counted.
    writeFileSync(file, jsonl(records.slice(0, 10)));
    const smaller = await run([file], out);
    expect(readValidData(out).dailies[0]!.paperCount).toBe(174);
    expect(smaller.messages).toContain(
      `${file}: kept published 2026-02-05.zh (174 papers); this source has 10`,
    );
    expect(smaller.summary.withheld).toBe(10);

    // Told to, the ingest publishes the smaller day.
    await run([file], out, { allowShrink: true });
    expect(readValidData(out).dailies[0]!.paperCount).toBe(10);
  });

  it('publishes no day for an empty JSONL file or an empty day-markdown', async () => {
    const src = tempDir();
    const out = tempDir();
    const empty = write(src, '2026-06-30_AI_enhanced_English.jsonl', '');
    const emptyMd = write(src, '2026-07-01.md', '');
    const good = write(src, '2026-07-02_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]));
    const { messages } = await run([empty, emptyMd, good], out);
    expect(readValidData(out).dailies.map((d) => [d.date, d.language, d.paperCount])).toEqual([
      ['2026-07-02', 'zh', 1],
    ]);
    expect(messages).toContain(`${empty}: no readable paper; nothing published for 2026-06-30.en`);
    expect(
      messages.some((m) => m.startsWith(`${emptyMd}: no readable paper; nothing published`)),
    ).toBe(true);
  });

  it('keeps an abstracts-only day that a summarised source with fewer papers would replace', async () => {
    const src = tempDir();
    const out = tempDir();
    const ids = ['2601.07101', '2601.07102', '2601.07103'];
    const raw = write(
      src,
      '2026-01-07.jsonl',
      jsonl(ids.map((id) => ({ ...upstreamRecord({ id }), AI: undefined }))),
    );
    await run([raw], out);
    const summarised = write(
      src,
      'b/2026-01-07_AI_enhanced_Chinese.jsonl',
      jsonl([upstreamRecord({ id: ids[0]! })]),
    );
    const { messages } = await run([summarised], out);
    expect(readValidData(out).dailies.map((d) => [d.language, d.paperCount])).toEqual([[null, 3]]);
    expect(messages).toContain(
      `${summarised}: kept published 2026-01-07.raw (3 papers); this source has 1`,
    );
  });

  it('makes one digest per date and language from the richest source', async () => {
    const src = tempDir();
    const out = tempDir();
    const ids = ['2601.07001', '2601.07002'];
    write(
      src,
      'data/2026-01-07.jsonl',
      jsonl(ids.map((id) => ({ ...upstreamRecord({ id }), AI: undefined }))),
    );
    write(
      src,
      'data/2026-01-07_AI_enhanced_Chinese.jsonl',
      jsonl(ids.map((id) => upstreamRecord({ id }))),
    );
    write(
      src,
      'data/2026-01-07_AI_enhanced_English.jsonl',
      jsonl(
        ids.map((id) =>
          upstreamRecord({ id, AI: { tldr: 'An English summary of this paper for readers.' } }),
        ),
      ),
    );
    write(src, 'data/2026-01-07.md', mdDay(ids));
    write(src, 'data/README.md', '# not a day');
    const { summary } = await run([src], out);
    const m = readValidData(out);
    expect(m.dailies.map((d) => [d.date, d.language, d.paperCount])).toEqual([
      ['2026-01-07', 'en', 2],
      ['2026-01-07', 'zh', 2],
    ]);
    expect(summary.ignored.map((f) => path.basename(f))).toEqual(['README.md']);
    // raw (2) and markdown (2) were superseded; every record is accounted for.
    expect(summary.superseded).toBe(4);
    expect(summary.papersKept + summary.superseded + summary.duplicates + summary.skipped).toBe(
      summary.records,
    );
    const zh = readDay(out, m.dailies[1]!.file);
    expect(zh.source).toEqual({ format: 'jsonl', files: ['2026-01-07_AI_enhanced_Chinese.jsonl'] });
  });

  it('makes a digest of abstracts from a raw file alone, replaced once summaries arrive', async () => {
    const src = tempDir();
    const out = tempDir();
    const raw = write(
      src,
      '2026-01-08.jsonl',
      jsonl([{ ...upstreamRecord({ id: '2601.08001' }), AI: undefined }]),
    );
    await run([raw], out);
    expect(readValidData(out).dailies.map((d) => [d.date, d.language])).toEqual([
      ['2026-01-08', null],
    ]);
    const zh = write(
      src,
      '2026-01-08_AI_enhanced_Chinese.jsonl',
      jsonl([upstreamRecord({ id: '2601.08001' })]),
    );
    const { summary } = await run([zh], out);
    expect(readValidData(out).dailies.map((d) => [d.date, d.language])).toEqual([
      ['2026-01-08', 'zh'],
    ]);
    expect(summary.daily.removed).toBe(1);
    // A raw file for a day already published with summaries does not bring the raw digest back.
    await run([raw], out);
    expect(readValidData(out).dailies.map((d) => d.language)).toEqual(['zh']);
  });

  it("indexes which digests list each paper, by the id's month", async () => {
    const src = tempDir();
    const out = tempDir();
    const shared = upstreamRecord({ id: '2601.04004' });
    write(
      src,
      '2026-01-09_AI_enhanced_Chinese.jsonl',
      jsonl([shared, upstreamRecord({ id: '2512.00001' })]),
    );
    write(src, '2026-01-10_AI_enhanced_Chinese.jsonl', jsonl([shared]));
    await run([src], out);
    const m = readValidData(out);
    expect(Object.keys(m.paperIndex)).toEqual(['2512', '2601']);
    const index = JSON.parse(readDataFile(path.join(out, m.paperIndex['2601']!)));
    expect(index.papers).toEqual({ '2601.04004': ['2026-01-09.zh', '2026-01-10.zh'] });
    // Replacing a day rewrites the index and removes the old index file.
    write(
      src,
      '2026-01-10_AI_enhanced_Chinese.jsonl',
      jsonl([upstreamRecord({ id: '2601.04005' })]),
    );
    await run([path.join(src, '2026-01-10_AI_enhanced_Chinese.jsonl')], out);
    const m2 = readValidData(out);
    expect(readdirSync(path.join(out, 'papers')).sort()).toEqual(
      Object.values(m2.paperIndex)
        .map((f) => path.basename(f))
        .sort(),
    );
  });

  it('rebuilds the manifest from what is on disk', async () => {
    const src = tempDir();
    const out = tempDir();
    await run([write(src, '2026-01-05_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]))], out);
    rmSync(path.join(out, 'manifest.json'));
    await run([write(src, 'week.txt', weekly)], out);
    const m = readValidData(out);
    expect(m.dailies).toHaveLength(1);
    expect(m.weeklies.map((w) => w.id)).toEqual(['widget-science-2026-w02']);
  });

  it('refreshes a week’s trend links when a day in its range is ingested', async () => {
    const src = tempDir();
    const out = tempDir();
    await run([write(src, 'week.txt', weekly)], out);
    const before = JSON.parse(
      readFileSync(path.join(out, readValidData(out).weeklies[0]!.file), 'utf8'),
    );
    expect(before.trendLinks[0].papers).toEqual([]);
    const rec = upstreamRecord({
      id: '2601.05005',
      title: 'Synthetic widget properties studied',
      summary: 'We study synthetic widgets and their properties.',
    });
    await run([write(src, '2026-01-06_AI_enhanced_Chinese.jsonl', jsonl([rec]))], out);
    const after = JSON.parse(
      readFileSync(path.join(out, readValidData(out).weeklies[0]!.file), 'utf8'),
    );
    expect(after.trendLinks[0].papers.map((p: { id: string }) => p.id)).toEqual(['2601.05005']);
  });

  it('republishes a version-1 folder (one file per day) in today’s format, losing nothing', async () => {
    const src = tempDir();
    const out = tempDir();
    await run(
      [
        write(
          src,
          '2026-01-05_AI_enhanced_Chinese.jsonl',
          jsonl([upstreamRecord(), upstreamRecord()]),
        ),
        write(src, 'week.txt', weekly),
      ],
      out,
    );
    const today = readValidData(out);
    const day = readDay(out, today.dailies[0]!.file);
    // What version 1 published: the whole day in one file, and the weekly digest as it is.
    rmSync(path.join(out, 'daily'), { recursive: true });
    rmSync(path.join(out, 'details'), { recursive: true });
    write(
      out,
      'daily/2026-01-05.zh.111111111111.json',
      JSON.stringify({ ...day, schemaVersion: 1 }),
    );
    const weeklyFile = path.join(out, today.weeklies[0]!.file);
    const week = JSON.parse(readFileSync(weeklyFile, 'utf8'));
    rmSync(weeklyFile);
    write(
      out,
      `weekly/${week.id}.222222222222.json`,
      JSON.stringify({ ...week, schemaVersion: 1 }),
    );

    const { messages } = await run(
      [write(src, 'b/2026-01-06_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]))],
      out,
    );
    expect(messages.filter((m) => m.includes('warning: published'))).toEqual([]);
    const m = readValidData(out);
    expect(m.schemaVersion).toBe(2);
    expect(m.dailies.map((d) => [d.date, d.paperCount])).toEqual([
      ['2026-01-06', 1],
      ['2026-01-05', 2],
    ]);
    expect(readDay(out, m.dailies[1]!.file).papers).toEqual(day.papers);
    expect(m.weeklies.map((w) => w.id)).toEqual([week.id]);
    expect(readdirSync(path.join(out, 'daily'))).not.toContain('2026-01-05.zh.111111111111.json');
  });

  it('leaves a day whose details file is missing where it is, and says so', async () => {
    const src = tempDir();
    const out = tempDir();
    await run([write(src, '2026-01-05_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]))], out);
    const listFile = readValidData(out).dailies[0]!.file;
    rmSync(path.join(out, 'details'), { recursive: true });
    const { messages } = await run(
      [write(src, 'b/2026-01-06_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]))],
      out,
    );
    expect(messages.some((m) => m.includes('its details file') && m.includes('unusable'))).toBe(
      true,
    );
    expect(readdirSync(path.join(out, 'daily'))).toContain(path.basename(listFile));
    expect(readValidData(out).dailies.map((d) => d.date)).toEqual(['2026-01-06']);
  });

  it('removes the details and ranking files a killed run wrote before their day list', async () => {
    // A run killed after writing a day's details and ranking files but before its list leaves
    // files no list names; the next run removes them, and keeps those of a list it cannot read.
    const src = tempDir();
    const out = tempDir();
    const day = write(src, '2026-01-05_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]));
    await run([day], out);
    const published = readdirSync(path.join(out, 'details'));
    write(out, 'details/2026-01-05.zh.0123456789.json.gz', 'left by a killed run');
    write(out, 'rank/2026-01-05.zh.f9.0123456789.json.gz', 'left by a killed run');
    write(out, 'daily/2026-01-01.zh.bad.json', '{"truncated": ');
    write(out, 'details/2026-01-01.zh.0123456789.json.gz', 'details of an unreadable list');
    await run([day], out);
    expect(readdirSync(path.join(out, 'details')).sort()).toEqual(
      [...published, '2026-01-01.zh.0123456789.json.gz'].sort(),
    );
    const list = JSON.parse(
      readFileSync(path.join(out, readValidData(out).dailies[0]!.file), 'utf8'),
    ) as { rank: string };
    expect(readdirSync(path.join(out, 'rank'))).toEqual([path.basename(list.rank)]);
  });

  it('leaves a published file it cannot read where it is, and says so', async () => {
    const src = tempDir();
    const out = tempDir();
    write(out, 'daily/2026-01-01.zh.bad.json', '{"truncated": ');
    const { messages } = await run(
      [write(src, '2026-01-05_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]))],
      out,
    );
    expect(readFileSync(path.join(out, 'daily/2026-01-01.zh.bad.json'), 'utf8')).toBe(
      '{"truncated": ',
    );
    expect(
      messages.some((m) =>
        m.includes('2026-01-01.zh.bad.json: warning: published file unreadable'),
      ),
    ).toBe(true);
    expect(readValidData(out).dailies).toHaveLength(1);
  });

  it('uses --date for a day file whose name has none, and skips it otherwise', async () => {
    const src = tempDir();
    const out = tempDir();
    const file = write(src, 'digest.md', mdDay(['2601.09001']));
    const skipped = await run([file], out);
    expect(skipped.messages).toEqual([
      `${file}: skipped: no date in the file name; name it like 2026-02-06.md or pass --date YYYY-MM-DD`,
    ]);
    await run([file], out, { date: '2026-01-09' });
    expect(readValidData(out).dailies.map((d) => d.date)).toEqual(['2026-01-09']);
  });

  it('refuses to write a folder another live ingest holds, and takes over a stale lock', async () => {
    const src = tempDir();
    const out = tempDir();
    const file = write(src, '2026-01-05_AI_enhanced_Chinese.jsonl', jsonl([upstreamRecord()]));
    writeFileSync(path.join(out, '.ingest.lock'), String(process.ppid));
    await expect(run([file], out)).rejects.toThrow(LockError);
    writeFileSync(path.join(out, '.ingest.lock'), '2147483646');
    await run([file], out);
    expect(readValidData(out).dailies).toHaveLength(1);
  });
});
