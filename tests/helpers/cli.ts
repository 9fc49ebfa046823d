import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/ingest.ts');
const args = (a: string[]) => ['--import', 'tsx', script, ...a];

/**
 * Runs the real ingest command to completion. Outside GitHub Actions unless `env` says
 * otherwise (the tests themselves may run there).
 */
export function runIngest(
  a: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const base = { ...process.env };
  delete base.GITHUB_ACTIONS;
  delete base.GITHUB_STEP_SUMMARY;
  delete base.GITHUB_WORKSPACE;
  const r = spawnSync(process.execPath, args(a), {
    cwd: root,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the real ingest command in the background. */
export function startIngest(a: string[], opts: { stderr?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, args(a), {
    cwd: root,
    stdio: ['ignore', 'ignore', opts.stderr ? 'pipe' : 'ignore'],
  });
}
