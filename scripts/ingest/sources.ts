/**
 * Reading the ingest's sources: which files are digests (`findInputs`), each file's text
 * (decoded, counted, its failures reported), weekly digests parsed first, day files grouped
 * by date and parsed one at a time when their date is published.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isCalendarDate, type WeeklyDigest } from '../../src/schema/digest.ts';
import type { DayCandidate } from './day.ts';
import { decodeUtf8 } from './decode.ts';
import { parseJsonlDay } from './jsonl.ts';
import { parseMarkdownDay } from './markdown.ts';
import type { Reporter } from './report.ts';
import { parseWeekly } from './weekly.ts';

/** A mistake in how the ingest was called (exit code 2), not in the data. */
export class UsageError extends Error {}

export type InputKind = 'jsonl' | 'markdown' | 'weekly';

export interface InputFile {
  path: string;
  kind: InputKind;
}

const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;
const ENHANCED = /_AI_enhanced_([A-Za-z_-]*)\.jsonl$/i;

function kindOf(name: string): InputKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl')) return 'jsonl';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.txt')) return 'weekly';
  return undefined;
}

/** Expands the given paths into input files; folders are searched recursively. */
export async function findInputs(
  paths: readonly string[],
): Promise<{ inputs: InputFile[]; ignored: string[] }> {
  const inputs: InputFile[] = [];
  const ignored: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) await walk(full);
        continue;
      }
      if (!e.isFile()) continue;
      const kind = kindOf(e.name);
      // In a folder, a markdown file is a day only when its name carries a date (README.md is not).
      if (!kind || (kind === 'markdown' && !DATE_IN_NAME.test(e.name))) ignored.push(full);
      else inputs.push({ path: full, kind });
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    if (st.isDirectory()) await walk(p);
    else {
      const kind = kindOf(p);
      if (!kind) throw new UsageError(`cannot ingest ${p}: expected .jsonl, .md or .txt`);
      inputs.push({ path: p, kind });
    }
  }
  return { inputs, ignored };
}

/** Counts kept while reading: files, bytes, records (the run's summary). */
export interface ReadCounts {
  filesRead: number;
  bytesRead: number;
  records: number;
  duplicates: number;
  skipped: number;
}

/** Reads the sources of one run; `account` says what became of each file. */
export class SourceReader {
  /** What became of each input file, by path. */
  readonly account = new Map<string, string>();
  private ms = 0;

  constructor(
    private readonly opts: {
      date?: string | undefined;
      onProgress?: ((done: number, total: number, bytes: number) => void) | undefined;
    },
    private readonly reporter: Reporter,
    private readonly counts: ReadCounts,
    private readonly total: number,
  ) {}

  /** Time spent finding, reading and parsing (throughput is measured on this). */
  get seconds(): number {
    return this.ms / 1000;
  }

  addMs(ms: number): void {
    this.ms += ms;
  }

  /** One input file's text (counted), or null when it cannot be read (reported). */
  async readText(input: InputFile): Promise<string | null> {
    const t0 = performance.now();
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(input.path);
    } catch (e) {
      this.reporter.skip(input.path, 0, `cannot read the file (${(e as Error).message})`);
      this.account.set(input.path, 'unreadable');
      return null;
    }
    this.counts.filesRead += 1;
    this.counts.bytesRead += bytes.byteLength;
    this.opts.onProgress?.(this.counts.filesRead, this.total, this.counts.bytesRead);
    const text = decodeUtf8(bytes, input.path, this.reporter);
    this.ms += performance.now() - t0;
    return text;
  }

  /**
   * Weekly digests are small: all of them are read now. Day files are grouped by the date in
   * their name (or --date); one without a date is skipped with a reason.
   */
  async sort(
    inputs: readonly InputFile[],
  ): Promise<{ weeks: WeeklyDigest[]; byDate: Map<string, InputFile[]> }> {
    const weeks: WeeklyDigest[] = [];
    const byDate = new Map<string, InputFile[]>();
    for (const input of inputs) {
      const name = path.basename(input.path);
      if (input.kind === 'weekly') {
        const week = await this.readWeekly(input);
        if (week) weeks.push(week);
        continue;
      }
      const date = DATE_IN_NAME.exec(name)?.[1] ?? this.opts.date;
      if (!date || !isCalendarDate(date)) {
        if ((await this.readText(input)) === null) continue;
        this.reporter.skip(
          input.path,
          0,
          'no date in the file name; name it like 2026-02-06.md or pass --date YYYY-MM-DD',
        );
        this.account.set(input.path, 'skipped (no date)');
        continue;
      }
      byDate.set(date, [...(byDate.get(date) ?? []), input]);
    }
    return { weeks, byDate };
  }

  private async readWeekly(input: InputFile): Promise<WeeklyDigest | undefined> {
    const text = await this.readText(input);
    if (text === null) return undefined;
    const t0 = performance.now();
    const name = path.basename(input.path);
    const week = parseWeekly(text, { file: input.path, fileName: name }, this.reporter);
    this.ms += performance.now() - t0;
    this.account.set(
      input.path,
      week ? `weekly ${week.id}` : 'skipped (not a readable weekly digest)',
    );
    return week;
  }

  /** One day file, parsed. */
  async readDay(input: InputFile, date: string): Promise<DayCandidate | null> {
    const text = await this.readText(input);
    if (text === null) return null;
    const t0 = performance.now();
    const name = path.basename(input.path);
    const enhanced = ENHANCED.exec(name);
    const meta = { file: input.path, fileName: name, date };
    const day =
      input.kind === 'jsonl'
        ? parseJsonlDay(
            text,
            { ...meta, statedLanguage: enhanced?.[1], enhanced: Boolean(enhanced) },
            this.reporter,
          )
        : parseMarkdownDay(text, meta, this.reporter);
    this.ms += performance.now() - t0;
    this.counts.records += day.records;
    this.counts.duplicates += day.duplicatesRemoved;
    this.counts.skipped += day.skipped;
    return day;
  }
}
