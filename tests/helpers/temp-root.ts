/**
 * Global setup for Vitest and Playwright: one temporary folder per run, named to the workers in
 * the environment, for every folder a test makes (tests/helpers/data-dir.ts › tempDir). The
 * returned teardown removes it, so a run leaves nothing in the system's temporary directory,
 * even when the runner ends its workers without letting them clean up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TEMP_ROOT = 'DIGEST_READER_TEST_TMP';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'digest-reader-tests-'));
  process.env[TEMP_ROOT] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
