/**
 * One place where everything the ingest has to say about its input is collected, so that
 * every skipped record and every warning names file, line and reason in the same form.
 */
export type IssueKind = 'skip' | 'warning';

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

  count(kind: IssueKind): number {
    return this.issues.filter((i) => i.kind === kind).length;
  }
}

export function formatIssue(issue: IngestIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.kind === 'skip' ? 'skipped: ' : 'warning: '}${issue.reason}`;
}
