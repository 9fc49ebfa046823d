/** The sample data the app ships: the two seed digests in samples/, as the ingest makes them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import type { Manifest, WeeklyDigest } from '../../src/schema/digest.ts';
import { readDay, readValidData, tempDir } from '../helpers/data-dir.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('sample data', () => {
  let out: string;
  let manifest: Manifest;
  let weekly: WeeklyDigest;
  let reporter: Reporter;
  beforeAll(async () => {
    out = tempDir('samples-');
    reporter = new Reporter();
    await ingest({ paths: [path.join(root, 'samples')], out, clean: true }, reporter);
    manifest = readValidData(out);
    weekly = JSON.parse(readFileSync(path.join(out, manifest.weeklies[0]!.file), 'utf8'));
  });

  it('ingests without a skip or a warning', () => {
    expect(reporter.issues).toEqual([]);
    expect(manifest.dailies).toEqual([
      expect.objectContaining({
        date: '2026-02-06',
        language: 'zh',
        paperCount: 5,
        categories: { 'physics.comp-ph': 1, 'hep-th': 1, 'cs.LG': 2, 'cond-mat.str-el': 1 },
      }),
    ]);
  });

  it("keeps every paper's authors", () => {
    const daily = readDay(out, manifest.dailies[0]!.file);
    expect(daily.papers[0]!.authors).toEqual(['Porhouy Minh', 'Sapna Sarupria']);
    expect(daily.papers.every((p: { authors: string[] }) => p.authors.length > 0)).toBe(true);
  });

  it('reads the weekly digest in full', () => {
    expect(weekly).toMatchObject({
      id: 'ai-for-science-2026-w06',
      start: '2026-02-05',
      end: '2026-02-11',
      stated: { papersAnalyzed: 92, breakthroughs: 3, notablePapers: 8 },
    });
    expect(weekly.breakthroughs.map((b) => b.arxivId)).toEqual([
      '2602.09093',
      '2602.07588',
      '2602.06695',
    ]);
    expect(weekly.trends).toHaveLength(5);
    expect(weekly.notablePapers).toHaveLength(8);
    expect(weekly.honorableMentions).toHaveLength(8);
    expect(JSON.stringify(weekly)).not.toContain('()');
  });

  it('links the trends to their papers', () => {
    const linked = (trend: string) => weekly.trendLinks.find((t) => t.trend === trend)!.papers;
    expect(
      linked('Mechanistic interpretability reaching protein models').map((p) => p.id),
    ).toContain('2602.06020');
    expect(
      linked('Weak-form regularization stabilizes physics-informed learning').map((p) => p.title),
    ).toContain(
      'Weak forms offer strong regularisations: how to make physics-informed (quantum) machine learning more robust',
    );
    expect(linked('LLMs entering materials synthesis planning').map((p) => p.title)).toContain(
      'MSP-LLM: A Unified Large Language Model Framework for Complete Material Synthesis Planning',
    );
    expect(
      linked('Global tokenization paradigm emerging for proteins').map((p) => p.title),
    ).toContain('Adaptive Protein Tokenization');
    // The notable paper that is also a daily paper points at its daily card.
    expect(weekly.notablePapers[3]).toMatchObject({ arxivId: '2602.06020', date: '2026-02-06' });
  });

  it('is what public/data holds (run npm run sample-data after changing the ingest)', () => {
    const published = JSON.parse(
      readFileSync(path.join(root, 'public/data/manifest.json'), 'utf8'),
    );
    expect(published).toEqual(manifest);
  });
});
