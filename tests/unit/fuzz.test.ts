/**
 * Property-based tests (fast-check): every parser and the whole ingest, fed random and
 * mutated input (truncations, invalid UTF-8, BOMs, CRLF, NUL bytes, huge lines, nested
 * garbage). Properties: nothing throws, whatever is produced fits the schema, and every
 * issue reported names the file and a line that exists (0 for the whole file).
 * FUZZ_RUNS scales the number of cases (default below; the counts are printed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../scripts/ingest/decode.ts';
import { parseJsonlDay } from '../../scripts/ingest/jsonl.ts';
import { parseMarkdownDay } from '../../scripts/ingest/markdown.ts';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest, toDigest } from '../../scripts/ingest/run.ts';
import { parseWeekly } from '../../scripts/ingest/weekly.ts';
import { dailyDigestSchema, weeklyDigestSchema } from '../../src/schema/digest.ts';
import { readValidData, tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const counts: Record<string, number> = {};

const FILE = '/in/2026-01-05_AI_enhanced_Chinese.jsonl';

const validJsonl = jsonl([
  upstreamRecord(),
  upstreamRecord({ comment: 'Accepted at $\\mathcal{X}$', code_url: 'https://github.com/x/y' }),
  upstreamRecord({ AI: { tldr: 'Error', method: '方法 <think>x</think>' } }),
]);
const validMarkdown = readFileSync(path.resolve('samples/daily-digest-2026-02-06.md'), 'utf8');
const validWeekly = readFileSync(path.resolve('samples/weekly-ai4science-2026-w06.txt'), 'utf8');

/** Mutations of a valid file: the ways real files go wrong, and plain noise. */
function mutated(base: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: base.length });
  const noise = fc.string({ unit: 'binary', maxLength: 40 });
  return fc.oneof(
    at.map((n) => base.slice(0, n)), // truncated
    fc.tuple(at, noise).map(([n, s]) => base.slice(0, n) + s + base.slice(n)), // spliced
    fc.tuple(at, at).map(([a, b]) => base.slice(0, Math.min(a, b)) + base.slice(Math.max(a, b))),
    fc.constant(base.replace(/\n/g, '\r\n')), // CRLF
    fc.constant(`\ufeff${base}`), // BOM
    fc
      .tuple(at, fc.integer({ min: 1, max: 5 }))
      .map(([n, k]) => base.slice(0, n) + '\0'.repeat(k) + base.slice(n)),
    fc
      .tuple(at, fc.integer({ min: 1_000, max: 200_000 }))
      .map(([n, k]) => base.slice(0, n) + 'x'.repeat(k) + base.slice(n)), // huge line
    fc
      .array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 8 })
      .map((vs) => vs.map((v) => JSON.stringify(v)).join('\n')), // nested garbage
    fc
      .array(
        fc.record(
          {
            id: fc.oneof(fc.constant('2601.00001'), fc.anything()),
            title: fc.oneof(fc.string({ unit: 'binary' }), fc.anything()),
            authors: fc.anything(),
            categories: fc.oneof(fc.array(fc.string()), fc.anything()),
            summary: fc.anything(),
            pdf: fc.oneof(fc.webUrl(), fc.string()),
            AI: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 6 },
      )
      .map((rs) => rs.map((r) => JSON.stringify(r) ?? 'undefined').join('\n')), // wrong types
    fc.string({ unit: 'binary', maxLength: 2_000 }), // noise
  );
}

/** Every issue names the file and a line of it (0: the whole file). */
function expectIssuesLocated(reporter: Reporter, file: string, text: string) {
  const lines = text.split('\n').length;
  for (const issue of reporter.issues) {
    expect(issue.file).toBe(file);
    expect(Number.isInteger(issue.line) && issue.line >= 0 && issue.line <= lines).toBe(true);
    expect(issue.reason.length).toBeGreaterThan(0);
  }
}

describe('fuzzing the parsers', () => {
  it('JSONL day files: no throw, schema-valid digest, located issues', () => {
    fc.assert(
      fc.property(mutated(validJsonl), (text) => {
        counts.jsonl = (counts.jsonl ?? 0) + 1;
        const reporter = new Reporter();
        const opts = {
          file: FILE,
          fileName: path.basename(FILE),
          date: '2026-01-05',
          statedLanguage: 'Chinese',
          enhanced: true,
        };
        const day = parseJsonlDay(text, opts, reporter);
        expect(dailyDigestSchema.safeParse(toDigest(day)).success).toBe(true);
        expectIssuesLocated(reporter, FILE, text);
      }),
      { numRuns: RUNS },
    );
  });

  it('day-markdown files: no throw, schema-valid digest, located issues', () => {
    const file = '/in/2026-02-06.md';
    fc.assert(
      fc.property(mutated(validMarkdown), (text) => {
        counts.markdown = (counts.markdown ?? 0) + 1;
        const reporter = new Reporter();
        const day = parseMarkdownDay(
          text,
          { file, fileName: '2026-02-06.md', date: '2026-02-06' },
          reporter,
        );
        expect(dailyDigestSchema.safeParse(toDigest(day)).success).toBe(true);
        expectIssuesLocated(reporter, file, text);
      }),
      { numRuns: RUNS },
    );
  });

  it('weekly digests: no throw, schema-valid or skipped with a reason', () => {
    const file = '/in/weekly.txt';
    fc.assert(
      fc.property(mutated(validWeekly), (text) => {
        counts.weekly = (counts.weekly ?? 0) + 1;
        const reporter = new Reporter();
        const week = parseWeekly(text, { file, fileName: 'weekly.txt' }, reporter);
        // Either a valid week, or none and a skip that says why.
        expect(week ? weeklyDigestSchema.safeParse(week).success : reporter.count('skip') > 0).toBe(
          true,
        );
        expectIssuesLocated(reporter, file, text);
      }),
      { numRuns: RUNS },
    );
  });

  it('bytes: invalid UTF-8, BOMs and CRLF decode to text, each bad line reported', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3_000 }),
          fc
            .tuple(
              fc.nat({ max: validJsonl.length }),
              fc.uint8Array({ minLength: 1, maxLength: 8 }),
            )
            .map(([n, bytes]) => {
              const base = new TextEncoder().encode(validJsonl);
              return new Uint8Array([...base.slice(0, n), ...bytes, ...base.slice(n)]);
            }),
        ),
        (bytes) => {
          counts.bytes = (counts.bytes ?? 0) + 1;
          const reporter = new Reporter();
          const text = decodeUtf8(bytes, FILE, reporter);
          expect(text.includes('\r\n')).toBe(false);
          expect(text.charCodeAt(0)).not.toBe(0xfeff);
          let valid = true;
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          } catch {
            valid = false;
          }
          // Invalid bytes are never silent: the lines that had them are named.
          expect(reporter.issues.some((i) => i.reason.includes('invalid UTF-8'))).toBe(!valid);
          expectIssuesLocated(reporter, FILE, text);
          const day = parseJsonlDay(
            text,
            {
              file: FILE,
              fileName: path.basename(FILE),
              date: '2026-01-05',
              statedLanguage: 'Chinese',
              enhanced: true,
            },
            reporter,
          );
          expect(dailyDigestSchema.safeParse(toDigest(day)).success).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the whole ingest', () => {
  it('random files never crash it, never publish invalid data, never lose a published day', async () => {
    const out = tempDir('fuzz-out-');
    const src = tempDir('fuzz-src-');
    // A good day published first: every later run must keep it.
    const good = path.join(src, 'good', '2026-01-04_AI_enhanced_Chinese.jsonl');
    mkdirSync(path.dirname(good), { recursive: true });
    writeFileSync(good, validJsonl);
    await ingest({ paths: [good], out }, new Reporter());
    const names = [
      '2026-01-05_AI_enhanced_Chinese.jsonl',
      '2026-01-05.jsonl',
      '2026-02-06.md',
      'weekly.txt',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(mutated(validJsonl), mutated(validMarkdown), mutated(validWeekly)),
        async (name, text) => {
          counts.ingest = (counts.ingest ?? 0) + 1;
          const dir = path.join(src, `run-${counts.ingest}`);
          mkdirSync(dir, { recursive: true });
          const file = path.join(dir, name);
          writeFileSync(file, text);
          const reporter = new Reporter();
          await ingest({ paths: [file], out }, reporter);
          for (const issue of reporter.issues)
            expect([file, path.join(out, '')].some((f) => issue.file.startsWith(f))).toBe(true);
          const manifest = readValidData(out);
          expect(manifest.dailies.some((d) => d.date === '2026-01-04')).toBe(true);
        },
      ),
      { numRuns: Math.max(10, Math.round(RUNS / 10)) },
    );
  }, 180_000);
});

describe('fuzz counts', () => {
  it('ran every property', () => {
    console.log(`fuzz cases: ${JSON.stringify(counts)}`);
    for (const k of ['jsonl', 'markdown', 'weekly', 'bytes', 'ingest'])
      expect(counts[k] ?? 0).toBeGreaterThan(0);
  });
});
