import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TEMP_ROOT } from './temp-root.ts';
import {
  dailyDetailsSchema,
  dailyListSchema,
  joinDaily,
  manifestSchema,
  weeklyDigestSchema,
  type DailyDigest,
  type Manifest,
} from '../../src/schema/digest.ts';

/** A published data file's text, gunzipped when its name says `.gz` (ADR 0014). */
export function readDataFile(file: string): string {
  const bytes = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/**
 * A new folder for one test's files, inside the run's own temporary folder when the runner made
 * one (tests/helpers/temp-root.ts, removed with everything in it when the run ends).
 */
export function tempDir(prefix = 'digest-'): string {
  return mkdtempSync(path.join(process.env[TEMP_ROOT] ?? tmpdir(), prefix));
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
    const digest = readDay(dir, d.file);
    if (digest.papers.length !== d.paperCount)
      throw new Error(`${d.file}: paper count differs from the manifest`);
  }
  for (const w of manifest.weeklies)
    weeklyDigestSchema.parse(JSON.parse(readFileSync(path.join(dir, w.file), 'utf8')));
  return manifest;
}

/** One published day, whole: its list file and the details file it names, checked and joined. */
export function readDay(dir: string, file: string): DailyDigest {
  const list = dailyListSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  const detailsPath = path.join(dir, list.details);
  if (!existsSync(detailsPath)) throw new Error(`${file} names a missing file ${list.details}`);
  const details = dailyDetailsSchema.parse(JSON.parse(readDataFile(detailsPath)));
  const day = joinDaily(list, details);
  if (!day) throw new Error(`${file} and ${list.details} describe different papers`);
  return day;
}
