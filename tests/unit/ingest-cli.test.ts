import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest, startIngest } from '../helpers/cli.ts';
import { readValidData, tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

describe('npm run ingest', () => {
  it('documents itself', () => {
    const r = runIngest(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: npm run ingest -- \[options\] PATH/);
    expect(r.stdout).toMatch(/--strict/);
  });

  it('exits 2 with a one-line reason for bad options and unreadable paths', () => {
    const missing = runIngest(['/no/such/place']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('ingest: cannot read /no/such/place: no such file or folder\n');
    const bad = runIngest(['--bogus', '.']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^ingest: Unknown option '--bogus'.*\(see --help\)\n$/);
    expect(runIngest([]).status).toBe(2);
    expect(runIngest(['--date', '2026-13-01', '.']).stderr).toBe(
      'ingest: --date 2026-13-01: expected YYYY-MM-DD\n',
    );
  });

  it('prints skips as file:line: reason, a reconciled summary, and exits 1 under --strict', () => {
    const src = tempDir();
    const out = tempDir();
    const file = path.join(src, '2026-01-05_AI_enhanced_Chinese.jsonl');
    writeFileSync(file, `${JSON.stringify(upstreamRecord())}\nnot json\n`);
    const lenient = runIngest([file, '--out', out]);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain(`${file}:2: skipped: invalid JSON`);
    expect(lenient.stdout).toMatch(/reconciled +yes: 1 \+ 0 \+ 0 \+ 0 \+ 1 = 2/);
    expect(lenient.stdout).toContain(`${file}: daily 2026-01-05.zh: 1 papers`);
    const strict = runIngest([file, '--out', out, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('ingest: --strict: 1 skipped, 0 published digests kept\n');
  });

  it('keeps a published day a smaller source would replace; --strict fails on it, --allow-shrink replaces', () => {
    const src = tempDir();
    const out = tempDir();
    const file = path.join(src, '2026-01-05_AI_enhanced_Chinese.jsonl');
    writeFileSync(file, jsonl([upstreamRecord(), upstreamRecord(), upstreamRecord()]));
    expect(runIngest([file, '--out', out]).status).toBe(0);
    writeFileSync(file, jsonl([upstreamRecord()]));
    const kept = runIngest([file, '--out', out]);
    expect(kept.status).toBe(0);
    expect(kept.stdout).toContain(
      `${file}: kept published 2026-01-05.zh (3 papers); this source has 1\n`,
    );
    expect(kept.stdout).toMatch(/daily digests +0 written, .*1 kept .*; 1 published/);
    expect(kept.stdout).toMatch(/reconciled +yes: 0 \+ 0 \+ 1 \+ 0 \+ 0 = 1/);
    const strict = runIngest([file, '--out', out, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('ingest: --strict: 0 skipped, 1 published digests kept\n');
    expect(readValidData(out).dailies[0]!.paperCount).toBe(3);
    expect(runIngest([file, '--out', out, '--allow-shrink']).status).toBe(0);
    expect(readValidData(out).dailies[0]!.paperCount).toBe(1);
    expect(runIngest(['--help']).stdout).toMatch(/--allow-shrink/);
  });

  it('in GitHub Actions, prints every skip and kept day as an annotation and writes the step summary', () => {
    const src = tempDir();
    const out = tempDir();
    const file = path.join(src, '2026-01-05_AI_enhanced_Chinese.jsonl');
    writeFileSync(file, jsonl([upstreamRecord(), upstreamRecord()]));
    expect(runIngest([file, '--out', out]).status).toBe(0);
    writeFileSync(file, `${JSON.stringify(upstreamRecord())}\nnot json, at all\n`);
    const summaryFile = path.join(tempDir(), 'step-summary.md');
    writeFileSync(summaryFile, '# Earlier step\n');
    const r = runIngest([file, '--out', out], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: path.dirname(src),
    });
    expect(r.status).toBe(0);
    const rel = path.join(path.basename(src), path.basename(file));
    expect(r.stdout).toContain(`::warning file=${rel},line=2,title=Skipped::invalid JSON`);
    expect(r.stdout).toContain(
      `::error file=${rel},title=Published digest kept::kept published 2026-01-05.zh (2 papers); this source has 1\n`,
    );
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('# Earlier step\n## Ingest\n')).toBe(true);
    expect(summary).toMatch(/\| daily digests \| 0 written, .*1 kept .* \|/);
    expect(summary).toContain(
      `| ${file} | kept published 2026-01-05.zh (2 papers); this source has 1 |`,
    );
    // Outside GitHub Actions, neither.
    const plain = runIngest([file, '--out', out]);
    expect(plain.stdout).not.toContain('::');
  });
});

/**
 * kill -9 at random moments of a real ingest that replaces every published digest: after
 * each kill the folder must hold a complete, valid publication, the old one or the new.
 */
describe('an ingest killed at any moment', () => {
  const DAYS = 24;
  const PER_DAY = 120;
  const REPETITIONS = Number(process.env.KILL_REPETITIONS ?? 30);

  function makeInput(dir: string, variant: string): void {
    mkdirSync(dir, { recursive: true });
    for (let d = 1; d <= DAYS; d++) {
      const date = `2026-03-${String(d).padStart(2, '0')}`;
      const records = Array.from({ length: PER_DAY }, (_, i) =>
        upstreamRecord({
          id: `2603.${String(d * 1000 + i).padStart(5, '0')}`,
          title: `Widget study ${variant} ${d}-${i}`,
          summary: `Abstract ${variant} `.repeat(120),
        }),
      );
      writeFileSync(path.join(dir, `${date}_AI_enhanced_Chinese.jsonl`), jsonl(records));
    }
  }

  it(`leaves the previous data valid (${REPETITIONS} kills)`, async () => {
    const root = tempDir('kill-');
    const out = path.join(root, 'out');
    makeInput(path.join(root, 'a'), 'A');
    makeInput(path.join(root, 'b'), 'B');
    const full = (variant: 'a' | 'b') => {
      const r = runIngest([path.join(root, variant), '--out', out]);
      expect(r.status).toBe(0);
      return JSON.stringify(readValidData(out));
    };
    const manifestB = full('b');
    // The kills interrupt runs that replace a publication: time one of those.
    const started = performance.now();
    const manifestA = full('a');
    const runMs = performance.now() - started;

    let current = manifestA;
    const outcomes = { old: 0, new: 0 };
    for (let i = 0; i < REPETITIONS; i++) {
      const next = current === manifestA ? 'b' : 'a';
      const child = startIngest([path.join(root, next), '--out', out]);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Spread the kills over the whole run: start-up, parsing, writing shards, the manifest.
      // (Evenly spaced, each moved by up to ±half a step, so the moments differ run to run.)
      const delay = (runMs * (i + 0.5 + (Math.random() - 0.5))) / REPETITIONS;
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const after = JSON.stringify(readValidData(out));
      const expectedNew = next === 'b' ? manifestB : manifestA;
      expect([current, expectedNew]).toContain(after);
      if (after === current) outcomes.old += 1;
      else outcomes.new += 1;
      current = after;
    }
    // A run after the kills finishes the job and leaves no stray files behind.
    full('a');
    const manifest = readValidData(out);
    expect(readdirSync(path.join(out, 'daily')).sort()).toEqual(
      manifest.dailies.map((d) => path.basename(d.file)).sort(),
    );
    const lists = manifest.dailies.map(
      (d) =>
        JSON.parse(readFileSync(path.join(out, d.file), 'utf8')) as {
          details: string;
          rank: string;
        },
    );
    for (const part of ['details', 'rank'] as const)
      expect(readdirSync(path.join(out, part)).sort()).toEqual(
        lists.map((l) => path.basename(l[part])).sort(),
      );
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')).dailies).toHaveLength(
      DAYS,
    );
    console.info(
      `kill test: ${REPETITIONS} kills, previous data kept ${outcomes.old}×, new data complete ${outcomes.new}×`,
    );
  }, 300_000);

  it('two ingests started at once: one publishes, the other refuses; the data stays valid', async () => {
    const root = tempDir('race-');
    const out = path.join(root, 'out');
    makeInput(path.join(root, 'a'), 'A');
    makeInput(path.join(root, 'b'), 'B');
    const run = (variant: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = startIngest([path.join(root, variant), '--out', out], { stderr: true });
        let stderr = '';
        child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run('a'), run('b')]);
    const codes = results.map((r) => r.code).sort();
    // Either one finished before the other took the lock (both 0), or one was refused.
    expect([
      [0, 0],
      [0, 2],
    ]).toContainEqual(codes);
    const refused = results.filter((r) => r.code === 2).map((r) => r.stderr);
    expect(refused).toEqual(refused.map(() => expect.stringMatching(/another ingest \(pid \d+\)/)));
    const manifest = readValidData(out);
    expect(manifest.dailies).toHaveLength(DAYS);
  }, 120_000);
});
