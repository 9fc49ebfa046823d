/**
 * One place where everything the ingest has to say about its input is collected, so that
 * every skipped record and every warning names file, line and reason in the same form.
 */
/**
 * `kept`: a published digest was kept because this run's source had fewer papers (or none);
 * the reason says which and how many.
 */
export type IssueKind = 'skip' | 'warning' | 'kept';

export interface IngestIssue {
  kind: IssueKind;
  file: string;
  /** 1-based line number; 0 when the issue concerns the whole file. */
  line: number;
  reason: string;
}

export class Reporter {
  readonly issues: IngestIssue[] = [];

  skip(file: string, line: number, reason: string): void {
    this.issues.push({ kind: 'skip', file, line, reason });
  }

  warn(file: string, line: number, reason: string): void {
    this.issues.push({ kind: 'warning', file, line, reason });
  }

  kept(file: string, reason: string): void {
    this.issues.push({ kind: 'kept', file, line: 0, reason });
  }

  count(kind: IssueKind): number {
    return this.issues.filter((i) => i.kind === kind).length;
  }
}

export function formatIssue(issue: IngestIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const label = { skip: 'skipped: ', warning: 'warning: ', kept: '' }[issue.kind];
  return `${where}: ${label}${issue.reason}`;
}

/** The peak resident memory of this process so far, in MB (what a CI runner must have). */
export const peakMemoryMb = (): number => process.resourceUsage().maxRSS / 1024;
