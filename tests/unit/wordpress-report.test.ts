import { describe, expect, it } from 'vitest';
import { reportJson, reportText, type ImportReport } from '../../src/lib/import/report.ts';

const report: ImportReport = {
  source: 'export.xml',
  site: { title: 'Harbor Gazette', url: 'https://oldnews.example', wxrVersion: '1.2' },
  items: { post: { publish: 3, trash: 1 }, revision: { inherit: 2 } },
  imported: { articles: { published: 2, embargoed: 0, drafts: 1 }, pages: 1, authors: 2, sections: 1, images: 4 },
  notImported: { revisions: 2, 'posts and pages in the trash': 1 },
  comments: 5,
  files: { written: 9, unchanged: 0, kept: 0, dryRun: false },
  urls: { file: 'wordpress-urls.json', total: 6, redirectedByAliases: 2, redirects: 3 },
  problems: [
    { severity: 'warning', id: 12, type: 'post', title: 'B', message: 'was sticky' },
    { severity: 'error', id: 20, type: 'post', message: 'has no title' },
    { severity: 'skipped', message: 'a category has no post' },
  ],
};

describe('the import report', () => {
  it('counts the export by type and status, says what was written and lists every problem, errors first', () => {
    const text = reportText(report);
    expect(text).toContain('  post: 4 (publish 3, trash 1)\n  revision: 2 (inherit 2)\n  comments: 5');
    expect(text).toContain('3 articles (2 published, 0 embargoed, 1 draft)');
    expect(text).toContain('  revisions: 2\n');
    expect(text).toContain('Files: 9 written, 0 unchanged, 0 kept');
    expect(text).toContain(
      'Not converted cleanly (1 error, 1 skipped, 1 warning):\n  error: post 20: has no title\n  skipped: site: a category has no post\n  warning: post 12 "B": was sticky\n',
    );
  });

  it('says what a dry run would do', () => {
    expect(reportText({ ...report, files: { ...report.files, dryRun: true } })).toMatch(/^Would import export\.xml/);
  });

  it('is JSON with the problems sorted', () => {
    const json = JSON.parse(reportJson(report));
    expect(json.problems.map((problem: { severity: string }) => problem.severity)).toEqual([
      'error',
      'skipped',
      'warning',
    ]);
    expect(json.imported.articles.published).toBe(2);
  });
});
