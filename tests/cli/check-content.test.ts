import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, type CliResult } from '../helpers/cli.ts';
import { buildSite, page, projectRoot, scratchDir } from '../helpers/site.ts';

const fixtures = join(projectRoot, 'tests/fixtures/lint');

const mkdirp = (dir: string) => {
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A content folder: the small fixture newsroom plus one corpus (tests/fixtures/lint/bad or good) as articles. */
function contentWith(corpus: 'bad' | 'good'): string {
  const content = join(scratchDir(`lint-${corpus}`), 'content');
  cpSync(join(fixtures, 'newsroom'), content, { recursive: true });
  cpSync(join(fixtures, corpus), join(content, 'articles'), { recursive: true });
  renameSync(join(content, 'articles/removed.yaml'), join(content, 'removed.yaml'));
  return content;
}

interface Expectation {
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

const expectations = parse(readFileSync(join(fixtures, 'bad-expectations.yaml'), 'utf8')) as Record<
  string,
  Expectation[]
>;
const badFiles = readdirSync(join(fixtures, 'bad')).filter((file) => file.endsWith('.md') || file.endsWith('.yaml'));

describe('npm run check on the bad corpus', () => {
  let text: CliResult;
  let lines: string[];
  let content: string;

  beforeAll(() => {
    content = contentWith('bad');
    text = runCli('check-content', [], { CONTENT_DIR: content });
    lines = text.stdout.split('\n');
  });

  it('has at least 30 broken files, each with an expectation', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expectations).sort()).toEqual([...badFiles].sort());
  });

  it('never crashes: every problem is a report, and the check exits 1', () => {
    expect(text.stderr).toBe('');
    expect(text.status).toBe(1);
    expect(lines.at(-2)).toMatch(/^\d+ errors and 2 warnings in 5\d files\. \(\d+ ms\)$/);
  });

  for (const [file, expected] of Object.entries(expectations)) {
    it(`reports ${file} at the line that causes it`, () => {
      const path = file === 'removed.yaml' ? join(content, file) : join(content, 'articles', file);
      for (const { line, severity, message } of expected) {
        const atLine = lines.filter(
          (output) => output.startsWith(`${path}:${line}:`) && output.includes(`: ${severity}: `),
        );
        expect(atLine.join('\n'), `a ${severity} at ${file}:${line}`).toContain(message);
      }
    });
  }

  it('lists the problems as JSON with --format json', () => {
    const json = runCli('check-content', ['--format', 'json'], { CONTENT_DIR: content });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      files: number;
      errors: number;
      warnings: number;
      diagnostics: Record<string, unknown>[];
    };
    expect(report.warnings).toBe(2);
    expect(report.errors).toBe(report.diagnostics.length - 2);
    expect(report.files).toBe(badFiles.length + 6);
    expect(report.diagnostics).toContainEqual({
      file: join(content, 'articles/unknown-author.md'),
      line: 3,
      column: 1,
      severity: 'error',
      message:
        'byline: unknown author "amara-okafr"; did you mean "amara-okafor"? Known author ids: amara-okafor, daniel-reyes.',
    });
    for (const diagnostic of report.diagnostics)
      expect(Object.keys(diagnostic)).toEqual(['file', 'line', 'column', 'severity', 'message']);
  });

  it('prints every problem as a GitHub Actions annotation at its line and column with --format github', () => {
    const github = runCli('check-content', ['--format', 'github'], { CONTENT_DIR: content });
    expect(github.status).toBe(1);
    const annotations = github.stdout.split('\n').filter((line) => line.startsWith('::'));
    const problems = lines.filter((line) => line.startsWith(content));
    expect(annotations).toHaveLength(problems.length);
    expect(annotations.filter((line) => line.startsWith('::warning '))).toHaveLength(2);
    expect(annotations).toContain(
      `::error file=${join(content, 'articles/unknown-author.md')},line=3,col=1::` +
        'byline: unknown author "amara-okafr"; did you mean "amara-okafor"? Known author ids: amara-okafor, daniel-reyes.',
    );
    for (const annotation of annotations)
      expect(annotation).toMatch(/^::(error|warning) file=[^,]+,line=[1-9]\d*,col=[1-9]\d*::\S/);
  });

  it('rejects an unknown format in one line naming the formats, with the usage and exit 2', () => {
    const bad = runCli('check-content', ['--format', 'xml'], { CONTENT_DIR: content });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n')[0]).toBe('--format must be text, json or github, got "xml"');
    expect(bad.stderr).toContain('Usage: npm run check');
  });
});

describe('npm run check on valid edge cases (CRLF, BOM, unicode, a date without a time, a very long article)', () => {
  it('passes them all', () => {
    const content = contentWith('good');
    const result = runCli('check-content', [], { CONTENT_DIR: content });
    expect(result.stdout).toMatch(/^No problems in 1\d files\./);
    expect(result.status).toBe(0);
  });

  it('agrees with the build, which publishes them', () => {
    const build = buildSite(contentWith('good'), { now: '2026-11-30T12:00:00Z' });
    expect(build.status, build.output).toBe(0);
    expect(page(build.outDir, '/city/2026/11/15/unicode-headline-and-tags/')('h1').text()).toBe(
      'Ærø café reopens: São Paulo chef brings 東京 ramen to Eastgate — ünïcødé 🎉',
    );
    expect(page(build.outDir, '/politics/2026/11/16/byte-order-mark-and-crlf/')('h1').text()).toBe(
      'School board meets on Tuesday',
    );
    expect(page(build.outDir, '/politics/2026/11/12/very-long-article/')('.article-body h2')).toHaveLength(30);
    // `publishedAt: 2026-11-05` is that day in New York, for the check as for the build.
    const dateOnly = page(build.outDir, '/city/2026/11/05/date-without-time/');
    expect(
      dateOnly('.article__meta time')
        .map((_, time) => dateOnly(time).attr('datetime'))
        .get(),
    ).toEqual(['2026-11-05T05:00:00.000Z', '2026-11-05T23:30:00.000Z']);
    expect(dateOnly('.article__meta time').first().text()).toContain('November 5, 2026');
    expect(dateOnly('.corrections time').attr('datetime')).toBe('2026-11-06T05:00:00.000Z');
  });
});

describe('npm run check on standing pages', () => {
  const pages: Record<string, string> = {
    'city.md': '---\ntitle: City desk\n---\nText.\n',
    'corrections.md': '---\ntitle: Corrections\n---\nText.\n',
    'ethics.md': '---\ntitle: Ethics\npublisherProperty: ethicsPolicy\n---\nText.\n',
    'standards.md': '---\ntitle: Standards\npublisherProperty: ethicsPolicy\n---\nText.\n',
    'about.md': '---\ntitel: About us\n---\nSee [our desk](/nowhere/).\n',
  };
  let lines: string[];
  let result: CliResult;

  beforeAll(() => {
    const content = contentWith('good');
    for (const [file, text] of Object.entries(pages)) writeFileSync(join(mkdirp(join(content, 'pages')), file), text);
    result = runCli('check-content', [], { CONTENT_DIR: content });
    lines = result.stdout.split('\n');
  });

  const reported = (file: string, line: number, message: string) =>
    expect(
      lines.filter((output) => output.includes(`/pages/${file}:${line}:`)).join('\n'),
      `${file}:${line}`,
    ).toContain(message);

  it('names a page whose address a section or the site has, and a policy claimed twice', () => {
    expect(result.status).toBe(1);
    reported('city.md', 1, '/city/ is the address of the section "city"; give this page another file name');
    reported('corrections.md', 1, 'the site uses /corrections/ for its own pages');
    reported('standards.md', 3, "ethics.md is already the publisher's ethicsPolicy; one page only can be");
  });

  it("checks a page's frontmatter against its schema and its links like an article's", () => {
    reported('about.md', 2, 'unknown field "titel"; did you mean "title"?');
    reported('about.md', 4, '/nowhere/');
  });
});

it('checks content/front.yaml, each problem at its line and column', () => {
  const content = contentWith('good');
  writeFileSync(
    join(content, 'front.yaml'),
    'lead:\n  story: harbor-bridge-reopen\ntop:\n  - story: secret-plans\n    until: soon\nbanner:\n  text: Storm\n',
  );
  const result = runCli('check-content', [], { CONTENT_DIR: content });
  const path = join(content, 'front.yaml');
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    `${path}:2:10: error: lead.story: no article has the slug "harbor-bridge-reopen"; did you mean "harbor-bridge-reopens"?`,
  );
  expect(result.stdout).toContain(`${path}:5:12: error: top[0].until must be a date-time`);
  expect(result.stdout).toContain(`${path}:7:3: error: banner.until is required`);
  // A draft may be pinned: it shows once it is published.
  expect(result.stdout).not.toContain('secret-plans"');
});

it('checks content/redirects.yaml: each entry valid, from no live address, to a page that is served', () => {
  const content = contentWith('good');
  writeFileSync(
    join(content, 'redirects.yaml'),
    '- from: /category/city-hall/\n  to: /city/\n- from: /city/\n  to: /politics/\n- from: /tag/x/\n  to: /tags/x/\n- from: category/y\n',
  );
  const result = runCli('check-content', [], { CONTENT_DIR: content });
  const path = join(content, 'redirects.yaml');
  expect(result.status).toBe(1);
  const lines = result.stdout.split('\n').filter((line) => line.startsWith(path));
  expect(lines).toEqual([
    expect.stringMatching(/redirects\.yaml:3:3: error: redirect from "\/city\/" is the URL of a live page/),
    expect.stringMatching(
      /redirects\.yaml:5:3: error: the redirect from "\/tag\/x\/" leads to "\/tags\/x\/", which no page of the site serves/,
    ),
    expect.stringMatching(
      /redirects\.yaml:7:3: error: from must be a path on this site that starts and ends with "\/"/,
    ),
    expect.stringMatching(/redirects\.yaml:7:3: error: to is required/),
  ]);
});

it('passes the bundled sample newsroom', () => {
  const result = runCli('check-content', [], { CONTENT_DIR: join(projectRoot, 'content') });
  expect(result.stdout).toMatch(/^No problems in \d+ files\./);
  expect(result.status).toBe(0);
});
