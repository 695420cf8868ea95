/** What `npm run check` reports: one line per problem, compiler style or as GitHub annotations, then a count. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file as the editor typed it (relative to where the check runs). */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

/** `content/articles/x.md:4:1: error: byline: unknown author "amara"…` — editors and their editors can jump to it. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}`;
}

/**
 * `::error file=content/articles/x.md,line=4,col=1::byline: unknown author…` — GitHub Actions shows it on
 * that line of the pull request's diff. GitHub's escapes (actions/toolkit's command.ts) keep a message's
 * line breaks and a path's `,` and `:` from ending the command early.
 */
export function githubAnnotation(diagnostic: Diagnostic): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const { file, line, column, severity, message } = diagnostic;
  return `::${severity} file=${escapeProperty(file)},line=${line},col=${column}::${escapeData(message)}`;
}

/** File by file, then top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

export interface LintSummary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): LintSummary {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { files, errors, warnings: diagnostics.length - errors };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "2 errors and 1 warning in 40 files" / "No problems in 40 files". */
export function summaryLine(summary: LintSummary): string {
  const checked = `${count(summary.files, 'file')}`;
  if (summary.errors === 0 && summary.warnings === 0) return `No problems in ${checked}.`;
  return `${count(summary.errors, 'error')} and ${count(summary.warnings, 'warning')} in ${checked}.`;
}

/** The machine-readable report of `--format json`. */
export function jsonReport(diagnostics: readonly Diagnostic[], files: number): string {
  return JSON.stringify({ ...summarize(diagnostics, files), diagnostics: sortDiagnostics(diagnostics) }, null, 2);
}
