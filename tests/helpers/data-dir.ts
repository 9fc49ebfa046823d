import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  dailyDigestSchema,
  manifestSchema,
  weeklyDigestSchema,
  type Manifest,
} from '../../src/schema/digest.ts';

export function tempDir(prefix = 'digest-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Reads a published data folder the way the app does and checks every file the manifest
 * names against the schema; throws with the reason when anything is missing or invalid.
 */
export function readValidData(dir: string): Manifest {
  const manifest = manifestSchema.parse(
    JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')),
  );
  for (const d of manifest.dailies) {
    const file = path.join(dir, d.file);
    if (!existsSync(file)) throw new Error(`manifest names a missing file ${d.file}`);
    const digest = dailyDigestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    if (digest.papers.length !== d.paperCount)
      throw new Error(`${d.file}: paper count differs from the manifest`);
  }
  for (const w of manifest.weeklies)
    weeklyDigestSchema.parse(JSON.parse(readFileSync(path.join(dir, w.file), 'utf8')));
  return manifest;
}
