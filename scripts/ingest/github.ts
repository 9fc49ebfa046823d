/**
 * What the ingest shows on a GitHub Actions run's page: each skip, warning and kept digest as
 * a workflow annotation, and the summary as a table in the job's step summary.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import path from 'node:path';
import type { IngestIssue } from './report.ts';

/** A workflow command's message: `%`, CR and LF are escaped. */
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value: also `:` and `,`. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::warning file=…,line=…,title=…::reason` (a kept digest is an `::error`: a day is stale).
 * The file is named relative to the workspace (GITHUB_WORKSPACE), as GitHub expects.
 */
export function annotation(issue: IngestIssue, workspace?: string): string {
  const level = issue.kind === 'kept' ? 'error' : 'warning';
  const title = { skip: 'Skipped', warning: 'Warning', kept: 'Published digest kept' }[issue.kind];
  const file = workspace ? path.relative(workspace, path.resolve(issue.file)) : issue.file;
  const props = [`file=${escapeProperty(file)}`];
  if (issue.line > 0) props.push(`line=${issue.line}`);
  props.push(`title=${escapeProperty(title)}`);
  return `::${level} ${props.join(',')}::${escapeData(issue.reason)}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The summary rows and each file's outcome, as Markdown for $GITHUB_STEP_SUMMARY. */
export function stepSummary(
  rows: readonly [string, string][],
  accounts: readonly { file: string; outcome: string }[],
): string {
  const lines = ['## Ingest', '', '| | |', '| --- | --- |'];
  for (const [label, value] of rows) lines.push(`| ${cell(label.trim())} | ${cell(value)} |`);
  lines.push('', `<details><summary>${accounts.length} files</summary>`, '');
  lines.push('| file | outcome |', '| --- | --- |');
  for (const a of accounts) lines.push(`| ${cell(a.file)} | ${cell(a.outcome)} |`);
  lines.push('', '</details>', '');
  return `${lines.join('\n')}\n`;
}
