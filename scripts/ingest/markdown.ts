/**
 * The pipeline's day-markdown files, in all three eras:
 * - current: a table of contents with totals, `# cat [[Back]](#toc)` groups,
 *   `### [N] [title](url)`, `Main category:`, `TL;DR:` and a `<details>` block;
 * - 2025-04: the same with `TLDR:`;
 * - earliest: no table of contents, no numbering, no category, `Task:` and `Motivation:`
 *   before `<details>`.
 */
import {
  checkLanguages,
  dedupePapers,
  summaryFrom,
  buildPaper,
  type DayCandidate,
  type ParsedPaper,
} from './day.ts';
import type { Reporter } from './report.ts';

const TOC_ENTRY = /^\s*[-*] \[([^\]]+)\]\(#[^)]*\)\s*\[Total:\s*(\d+)\]\s*$/;
const GROUP_HEADING = /^# (\S+)\s+\[\[Back\]\]/;
const PAPER_HEADING = /^###\s+(?:\[(\d+)\]\s+)?\[(.+)\]\(([^()\s]+)\)\s*$/;
const AUTHORS = /^(?:\*(.+)\*|_(.+)_)\s*$/;
const MAIN_CATEGORY = /^Main category:\s*(\S+)\s*$/;
const SECTION =
  /^(TL;DR|TLDR|Task|Motivation|Method|Results?|Conclusions?|Abstract|Background|Data):[ \t]*(.*)$/;
const MARKUP = /^\s*<\/?(?:details|summary|div)\b[^>]*>.*$|^\s*<summary>.*<\/summary>\s*$/i;

interface Entry {
  line: number;
  title: string;
  url: string;
  group: string | undefined;
  authors?: string;
  mainCategory?: string;
  sections: Map<string, string[]>;
}

function idFromUrl(url: string): string {
  const m = /arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/i.exec(url);
  return m ? m[1]! : '';
}

export interface MarkdownOptions {
  file: string;
  fileName: string;
  date: string;
}

type TocEntry = { category: string; total: number; line: number };

/** One pass over the lines: the table of contents and each paper's entry with its sections. */
function scanEntries(text: string): { toc: TocEntry[]; entries: Entry[] } {
  const lines = text.split('\n');
  const toc: TocEntry[] = [];
  const entries: Entry[] = [];
  let group: string | undefined;
  let current: Entry | undefined;
  let section: string[] | undefined;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    let m: RegExpExecArray | null;
    if ((m = PAPER_HEADING.exec(raw))) {
      current = { line, title: m[2]!, url: m[3]!, group, sections: new Map() };
      entries.push(current);
      section = undefined;
      continue;
    }
    if ((m = GROUP_HEADING.exec(raw))) {
      group = m[1]!;
      current = undefined;
      section = undefined;
      continue;
    }
    if (!current && (m = TOC_ENTRY.exec(raw))) {
      toc.push({ category: m[1]!, total: Number(m[2]), line });
      continue;
    }
    if (!current) continue;
    if (MARKUP.test(raw)) {
      section = undefined;
      continue;
    }
    if ((m = SECTION.exec(raw))) {
      section = [m[2]!];
      current.sections.set(m[1]!, section);
      continue;
    }
    if (!section && current.authors === undefined && (m = AUTHORS.exec(raw))) {
      current.authors = (m[1] ?? m[2])!;
      continue;
    }
    if (!section && (m = MAIN_CATEGORY.exec(raw))) {
      current.mainCategory = m[1]!;
      continue;
    }
    if (section) section.push(raw);
  }

  return { toc, entries };
}

/** Each entry's paper, or a skip reported with its reason. */
function papersOf(
  entries: readonly Entry[],
  file: string,
  reporter: Reporter,
): { parsed: ParsedPaper[]; skipped: number } {
  const parsed: ParsedPaper[] = [];
  let skipped = 0;
  for (const e of entries) {
    if (!idFromUrl(e.url)) {
      reporter.skip(
        file,
        e.line,
        `link ${JSON.stringify(e.url.slice(0, 80))} is not an arXiv paper`,
      );
      skipped += 1;
      continue;
    }
    const fields: Record<string, string> = {};
    for (const [label, body] of e.sections) fields[label.toLowerCase()] = body.join('\n');
    const { abstract, ...sectionFields } = fields;
    const category = e.mainCategory ?? e.group;
    const paper = buildPaper(
      {
        id: idFromUrl(e.url),
        title: e.title,
        // The pipeline joins authors with "," (older days) or ", ".
        authors: e.authors?.split(',') ?? [],
        categories: category ? [category] : [],
        abstract: abstract ?? '',
        comment: undefined,
        abs: e.url,
        summary: summaryFrom(sectionFields),
      },
      { file, line: e.line },
      reporter,
    );
    if (paper) parsed.push({ line: e.line, paper });
    else skipped += 1;
  }

  return { parsed, skipped };
}

/** The table of contents states how many entries each group holds: check it. */
function checkToc(
  toc: readonly TocEntry[],
  entries: readonly Entry[],
  file: string,
  reporter: Reporter,
): void {
  if (toc.length === 0) return;
  const counted = new Map<string, number>();
  for (const e of entries) if (e.group) counted.set(e.group, (counted.get(e.group) ?? 0) + 1);
  for (const t of toc) {
    const n = counted.get(t.category) ?? 0;
    if (n !== t.total) {
      reporter.warn(
        file,
        t.line,
        `table of contents says ${t.category} has ${t.total} papers, ${n} found`,
      );
    }
  }
  const stated = toc.reduce((s, t) => s + t.total, 0);
  if (stated !== entries.length) {
    reporter.warn(
      file,
      toc[0]!.line,
      `table of contents totals ${stated} papers, ${entries.length} found`,
    );
  }
}

export function parseMarkdownDay(
  text: string,
  opts: MarkdownOptions,
  reporter: Reporter,
): DayCandidate {
  const { file } = opts;
  const { toc, entries } = scanEntries(text);
  const { parsed, skipped } = papersOf(entries, file, reporter);
  checkToc(toc, entries, file, reporter);
  const { papers, removed } = dedupePapers(parsed);
  if (removed > 0) reporter.warn(file, 0, `${removed} duplicate entries removed (same id)`);
  if (entries.length === 0)
    reporter.warn(file, 0, 'no papers found (no "### [title](url)" headings)');
  const language = checkLanguages(papers, undefined, file, reporter);
  return {
    file,
    fileName: opts.fileName,
    date: opts.date,
    format: 'markdown',
    language,
    records: entries.length,
    skipped,
    duplicatesRemoved: removed,
    papers,
  };
}
