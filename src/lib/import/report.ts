/**
 * What an import did, for the editor who ran it: counts by WordPress type and status, what was written,
 * and every item that was not carried over cleanly, with its WordPress id, its title and why. Nothing
 * in the export is left out without a count or a line here.
 */

/**
 * `error`: the item could not be imported (no title, no date); `skipped`: left out on purpose (a draft
 * page: standing pages are always public); `warning`: imported, but not as it was on WordPress.
 */
export type ProblemSeverity = 'error' | 'skipped' | 'warning';

export interface ReportProblem {
  severity: ProblemSeverity;
  /** The WordPress post id; absent for what concerns the whole site (a category, the permalinks). */
  id?: number;
  /** The WordPress post type (post, page…). */
  type?: string;
  title?: string;
  message: string;
  /** The file written for the item, when there is one. */
  file?: string;
}

export interface ImportReport {
  source: string;
  site: { title: string; url: string; wxrVersion: string };
  /** Every item of the export by post type, then by status, as WordPress had them. */
  items: Record<string, Record<string, number>>;
  imported: {
    articles: { published: number; embargoed: number; drafts: number };
    pages: number;
    authors: number;
    sections: number;
    images: number;
  };
  /** Items left out by design, counted: revisions, the trash, menus, attachments (their images are copied where used). */
  notImported: Record<string, number>;
  comments: number;
  files: { written: number; unchanged: number; kept: number; dryRun: boolean };
  urls: { file: string; total: number; redirectedByAliases: number; redirects: number };
  problems: ReportProblem[];
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

const SEVERITY_ORDER: Record<ProblemSeverity, number> = { error: 0, skipped: 1, warning: 2 };

/** Errors first, then what was skipped, then warnings; by id within each (site-wide lines first). */
export function sortProblems(problems: readonly ReportProblem[]): ReportProblem[] {
  return [...problems].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.id ?? -1) - (b.id ?? -1) ||
      a.message.localeCompare(b.message),
  );
}

export function problemLine(problem: ReportProblem): string {
  const who =
    problem.id === undefined
      ? 'site'
      : `${problem.type ?? 'item'} ${problem.id}${problem.title ? ` "${problem.title}"` : ''}`;
  return `${problem.severity}: ${who}: ${problem.message}`;
}

export function reportText(report: ImportReport): string {
  const { imported, files, urls } = report;
  const lines: string[] = [];
  const verb = files.dryRun ? 'Would import' : 'Imported';
  lines.push(`${verb} ${report.source}: "${report.site.title}" (${report.site.url}), WXR ${report.site.wxrVersion}`);
  lines.push('');
  lines.push('In the export:');
  for (const [type, statuses] of Object.entries(report.items).sort(([a], [b]) => a.localeCompare(b))) {
    const total = Object.values(statuses).reduce((sum, count) => sum + count, 0);
    const detail = Object.entries(statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status || '(none)'} ${count}`)
      .join(', ');
    lines.push(`  ${type}: ${total} (${detail})`);
  }
  if (report.comments > 0) lines.push(`  comments: ${report.comments}`);
  lines.push('');
  lines.push(`${files.dryRun ? 'Would write' : 'Written'}:`);
  const { published, embargoed, drafts } = imported.articles;
  lines.push(
    `  ${plural(published + embargoed + drafts, 'article')} (${published} published, ${embargoed} embargoed, ${drafts} ${drafts === 1 ? 'draft' : 'drafts'})`,
  );
  lines.push(`  ${plural(imported.pages, 'standing page')}`);
  lines.push(`  ${plural(imported.sections, 'section')}, ${plural(imported.authors, 'author')}`);
  lines.push(`  ${plural(imported.images, 'image')} copied from the uploads folder`);
  const left = Object.entries(report.notImported).sort(([a], [b]) => a.localeCompare(b));
  if (left.length > 0 || report.comments > 0) {
    lines.push('Not imported, by design:');
    for (const [what, count] of left) lines.push(`  ${what}: ${count}`);
    if (report.comments > 0) lines.push(`  comments (Dateline has none): ${report.comments}`);
  }
  lines.push(
    files.dryRun
      ? `Files: ${files.written} would be written, ${files.unchanged} are unchanged, ${files.kept} exist and differ (they would be kept)`
      : `Files: ${files.written} written, ${files.unchanged} unchanged, ${files.kept} kept as they were (they differ from the export)`,
  );
  lines.push(
    `Old URLs: ${plural(urls.total, 'URL')} of the old site in ${urls.file} (for npm run check:urls): ${urls.redirectedByAliases} redirected by articles' aliases, ${urls.redirects} (archives, the feed, moved pages) by content/redirects.yaml`,
  );
  const problems = sortProblems(report.problems);
  if (problems.length > 0) {
    const counts = (['error', 'skipped', 'warning'] as const)
      .map((severity) => [severity, problems.filter((problem) => problem.severity === severity).length] as const)
      .filter(([, count]) => count > 0)
      .map(
        ([severity, count]) =>
          `${count} ${severity === 'skipped' ? 'skipped' : plural(count, severity).replace(/^\S+ /, '')}`,
      );
    lines.push('');
    lines.push(`Not converted cleanly (${counts.join(', ')}):`);
    for (const problem of problems) lines.push(`  ${problemLine(problem)}`);
  } else {
    lines.push('');
    lines.push('Everything was converted cleanly.');
  }
  return `${lines.join('\n')}\n`;
}

export function reportJson(report: ImportReport): string {
  return `${JSON.stringify({ ...report, problems: sortProblems(report.problems) }, null, 2)}\n`;
}
