import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'scripts/ingest.ts');
const args = (a: string[]) => ['--import', 'tsx', script, ...a];

/** Runs the real ingest command to completion. */
export function runIngest(a: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args(a), { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the real ingest command in the background. */
export function startIngest(a: string[], opts: { stderr?: boolean } = {}): ChildProcess {
  return spawn(process.execPath, args(a), {
    cwd: root,
    stdio: ['ignore', 'ignore', opts.stderr ? 'pipe' : 'ignore'],
  });
}
