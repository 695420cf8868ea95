import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugFromHeadline } from '../../src/cli/headline-slug.ts';
import {
  formatDiagnostic,
  githubAnnotation,
  jsonReport,
  sortDiagnostics,
  summarize,
  summaryLine,
  type Diagnostic,
} from '../../src/cli/lint/lint-report.ts';
import { parseEntryList, REDIRECT_LIST, REMOVED_LIST } from '../../src/lib/content/entry-list.ts';

const parseRemovedList = (text: string) => parseEntryList(text, REMOVED_LIST);
import { zonedIsoString } from '../../src/lib/content/dates.ts';

describe('slugFromHeadline', () => {
  it('folds a headline to ASCII kebab-case', () => {
    expect(slugFromHeadline('Harbor Bridge reopens after 14-month repair')).toBe(
      'harbor-bridge-reopens-after-14-month-repair',
    );
    expect(slugFromHeadline("Ærø's café reopens — at last!")).toBe('aeros-cafe-reopens-at-last');
    expect(slugFromHeadline('Straße in Łódź: “Größe” wins')).toBe('strasse-in-lodz-grosse-wins');
  });

  it(`cuts a long headline at a word boundary within ${MAX_SLUG_LENGTH} characters`, () => {
    const slug = slugFromHeadline(
      'Council approves the budget after a marathon session that ran well past midnight on Tuesday',
    );
    expect(slug).toBe('council-approves-the-budget-after-a-marathon-session-that');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugFromHeadline('x'.repeat(80))).toHaveLength(MAX_SLUG_LENGTH);
  });

  it('is empty when nothing Latin is left', () => {
    expect(slugFromHeadline('市议会 — !!')).toBe('');
  });
});

describe('zonedIsoString', () => {
  it('writes local time with the offset in force at that instant', () => {
    expect(zonedIsoString(new Date('2026-11-20T13:30:00Z'), 'America/New_York')).toBe('2026-11-20T08:30:00-05:00');
    expect(zonedIsoString(new Date('2026-07-01T03:30:59.900Z'), 'America/New_York')).toBe('2026-06-30T23:30:59-04:00');
    expect(zonedIsoString(new Date('2026-07-01T03:30:00Z'), 'Asia/Kolkata')).toBe('2026-07-01T09:00:00+05:30');
    expect(zonedIsoString(new Date('2026-07-01T03:30:00Z'), 'UTC')).toBe('2026-07-01T03:30:00+00:00');
  });

  it('round-trips to the same instant', () => {
    const instant = new Date('2026-03-08T07:15:00Z');
    expect(new Date(zonedIsoString(instant, 'America/New_York')).getTime()).toBe(instant.getTime());
  });
});

describe('the check report', () => {
  const diagnostics: Diagnostic[] = [
    { file: 'b.md', line: 2, column: 1, severity: 'warning', message: 'long' },
    { file: 'a.md', line: 9, column: 3, severity: 'error', message: 'bad' },
    { file: 'a.md', line: 2, column: 1, severity: 'error', message: 'worse' },
  ];

  it('prints file:line:col: severity: message, file by file, top to bottom', () => {
    expect(sortDiagnostics(diagnostics).map(formatDiagnostic)).toEqual([
      'a.md:2:1: error: worse',
      'a.md:9:3: error: bad',
      'b.md:2:1: warning: long',
    ]);
  });

  it('counts errors and warnings', () => {
    expect(summaryLine(summarize(diagnostics, 40))).toBe('2 errors and 1 warning in 40 files.');
    expect(summaryLine(summarize([], 1))).toBe('No problems in 1 file.');
    expect(JSON.parse(jsonReport(diagnostics, 40))).toMatchObject({
      files: 40,
      errors: 2,
      warnings: 1,
      diagnostics: [{ file: 'a.md', line: 2 }, { line: 9 }, { file: 'b.md' }],
    });
  });
});

describe('githubAnnotation', () => {
  it('is a GitHub Actions error or warning command at the file, line and column', () => {
    expect(githubAnnotation({ file: 'content/a.md', line: 9, column: 3, severity: 'error', message: 'bad' })).toBe(
      '::error file=content/a.md,line=9,col=3::bad',
    );
    expect(githubAnnotation({ file: 'b.md', line: 2, column: 1, severity: 'warning', message: 'long' })).toBe(
      '::warning file=b.md,line=2,col=1::long',
    );
  });

  it("escapes what would end GitHub's command early: % and line breaks, and , and : in the path", () => {
    const diagnostic: Diagnostic = {
      file: 'content/articles/a,b:c%.md',
      line: 4,
      column: 1,
      severity: 'error',
      message: 'slug: 100% taken,\r\nsee: x',
    };
    expect(githubAnnotation(diagnostic)).toBe(
      '::error file=content/articles/a%2Cb%3Ac%25.md,line=4,col=1::slug: 100%25 taken,%0D%0Asee: x',
    );
  });
});

describe('parseEntryList (content/removed.yaml)', () => {
  it('reads entries with the line each starts on', () => {
    expect(parseRemovedList('# taken down\n- url: /a/\n  reason: x\n\n- url: /b/\n  reason: y\n')).toEqual({
      items: [
        { data: { url: '/a/', reason: 'x' }, line: 2 },
        { data: { url: '/b/', reason: 'y' }, line: 5 },
      ],
    });
    expect(parseRemovedList('')).toEqual({ items: [] });
  });

  it('says where the YAML breaks, and that the file must be a list', () => {
    expect(parseRemovedList('- url: [\n')).toMatchObject({
      problem: { line: 2, message: expect.stringMatching(/^invalid YAML/) },
    });
    expect(parseRemovedList('url: /a/\nreason: x\n')).toMatchObject({
      problem: { line: 1, message: expect.stringContaining('removed.yaml must be a list of entries') },
    });
    expect(parseEntryList('from: /a/\n', REDIRECT_LIST)).toMatchObject({
      problem: {
        message: expect.stringContaining('redirects.yaml must be a list of entries, each with the old address (from)'),
      },
    });
  });
});
