import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.ts';
import { newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { projectRoot, scratchDir, writeContent } from '../helpers/site.ts';

const NOW = '2026-12-01T12:00:00Z';
const fixtures = join(projectRoot, 'tests/fixtures/wordpress');
const newsroom = join(fixtures, 'newsroom.xml');
const uploads = join(fixtures, 'uploads');

let root: string;
let content: string;
// tests/helpers/cli.ts names the tools it knows; this one runs the same way.
const importWordpress = (args: string[]) =>
  runCli('import-wordpress', args, { DATELINE_NOW: NOW, CONTENT_DIR: content });
const importNewsroom = (...extra: string[]) => importWordpress([newsroom, '--uploads', uploads, ...extra]);
const filesIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [];

beforeEach(() => {
  root = scratchDir('wordpress');
  content = join(root, 'content');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import:wordpress', () => {
  it('imports every kind of item of the export, with a report, and npm run check names nothing the report did not', () => {
    const result = importNewsroom('--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^reading .*newsroom\.xml \(0 MB\): 25 items, done\nconverting: 25 items, done\n$/);
    const report = JSON.parse(result.stdout);
    expect(report.imported).toEqual({
      articles: { published: 5, embargoed: 1, drafts: 4 },
      pages: 4,
      authors: 4,
      sections: 5,
      images: 4,
    });
    expect(report.problems.filter((problem: { severity: string }) => problem.severity === 'error')).toHaveLength(2);
    expect(filesIn(content)).toEqual(
      expect.arrayContaining([
        'articles/2019/bridge-reopens.md',
        'articles/2019/images/2019-05-bridge.jpg',
        'articles/2020/most-otkryt.md',
        'articles/2020/images/2020-01-brucke-sud.jpg',
        'articles/2030/regatta-preview.md',
        'authors/guest-writer.md',
        'pages/about.md',
        'pages/sports-page.md',
        'sections/search-section.md',
      ]),
    );
    expect(matter(readFileSync(join(content, 'articles/2019/council-budget.md'), 'utf8')).data).toMatchObject({
      byline: ['jdoe', 'guest-writer'],
      section: 'city-hall',
      tags: ['Café', 'Harbor Bridge'],
    });

    const check = runCli('check-content', ['--format', 'json'], { CONTENT_DIR: content });
    const { diagnostics } = JSON.parse(check.stdout) as { diagnostics: { file: string; message: string }[] };
    const named = new Set(report.problems.map((problem: { file?: string }) => problem.file).filter(Boolean));
    for (const diagnostic of diagnostics)
      expect(named, `${diagnostic.file}: ${diagnostic.message}`).toContain(diagnostic.file);
    expect(diagnostics).toEqual([]);
    expect(check.status).toBe(0);
  });

  it('prints a report that lists every item not converted cleanly, by id and title', () => {
    const { stdout, status } = importNewsroom();
    expect(status).toBe(0);
    expect(stdout).toContain('10 articles (5 published, 1 embargoed, 4 drafts)');
    expect(stdout).toContain('  error: post 20: has no title (Dateline needs a headline); not imported\n');
    expect(stdout).toContain(
      '  warning: post 16 "Subscribers: the full salary list": password-protected on WordPress: imported as a draft',
    );
    expect(stdout).toContain('  skipped: page 34 "Careers (coming soon)": is a draft page');
    expect(stdout).toContain('  comments (Dateline has none): 3\n');
  });

  it('writes the old site’s URLs in the format npm run check:urls reads', () => {
    expect(importNewsroom().status).toBe(0);
    const urls = join(root, 'wordpress-urls.json');
    const check = runCli('check-urls', [urls, '--current', urls]);
    expect(check.stdout).toContain(`All 19 URLs of ${urls} are still served or redirected`);
    expect(check.status).toBe(0);
  });

  // /dev/shm is a file system of its own on Linux: a file renamed into it from beside the content folder fails (EXDEV).
  const otherFileSystem =
    existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev ? '/dev/shm' : undefined;
  it.skipIf(!otherFileSystem)("writes --urls-out on another file system than the content folder's", () => {
    const out = mkdtempSync(join(otherFileSystem!, 'dateline-urls-'));
    try {
      const result = importNewsroom('--urls-out', join(out, 'urls.json'));
      expect(result.status, result.stderr).toBe(0);
      expect(readdirSync(out)).toEqual(['urls.json']);
      expect(JSON.parse(readFileSync(join(out, 'urls.json'), 'utf8')).urls).toHaveLength(19);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes the archives, the feed and moved pages into content/redirects.yaml, after an editor’s own entries', () => {
    mkdirSync(content, { recursive: true });
    const own = '# Ours\n- from: /old-tips/\n  to: /contact/\n- from: /feed/\n  to: /news/feed.xml\n';
    writeFileSync(join(content, 'redirects.yaml'), own);
    expect(importNewsroom().status).toBe(0);
    const written = readFileSync(join(content, 'redirects.yaml'), 'utf8');
    expect(written.startsWith(own)).toBe(true);
    const added = parse(written.slice(own.length)) as { from: string; to: string }[];
    expect(added).toContainEqual({ from: '/category/news/city-hall/', to: '/city-hall/' });
    expect(added).toContainEqual({ from: '/author/jdoe/', to: '/authors/jdoe/' });
    expect(added).toContainEqual({ from: '/about/team/', to: '/team/' });
    // The editors' own redirect of the feed stands.
    expect(added.map((entry) => entry.from)).not.toContain('/feed/');
  });

  it('leaves no URL, redirect or link of an item that does not pass the schema, and reports it', () => {
    // A menu order past JavaScript's safe integers is no `order` the schema accepts: the pages About us (30)
    // and Our team (31, moved from /about/team/) are not imported; post 10, earlier in the export, links to /about/.
    const broken = readFileSync(newsroom, 'utf8')
      .replace('<wp:menu_order>1</wp:menu_order>', '<wp:menu_order>99999999999999999999</wp:menu_order>')
      .replace(
        '<wp:post_parent>30</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>',
        '<wp:post_parent>30</wp:post_parent>\n\t\t<wp:menu_order>99999999999999999999</wp:menu_order>',
      );
    const exportFile = join(root, 'broken-pages.xml');
    writeFileSync(exportFile, broken);
    const result = importWordpress([exportFile, '--uploads', uploads, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    const errors = report.problems.filter((problem: { severity: string }) => problem.severity === 'error');
    for (const id of [30, 31])
      expect(errors).toContainEqual(
        expect.objectContaining({
          id,
          type: 'page',
          message: expect.stringMatching(
            /^its converted frontmatter does not pass Dateline's schema \(order: .*\); not imported$/,
          ),
        }),
      );
    expect(report.imported.pages).toBe(2);
    expect(existsSync(join(content, 'pages/about.md'))).toBe(false);
    expect(existsSync(join(content, 'pages/team.md'))).toBe(false);

    const urls = JSON.parse(readFileSync(join(root, 'wordpress-urls.json'), 'utf8')).urls as { url: string }[];
    expect(urls.map((entry) => entry.url)).not.toContain('/about/');
    expect(urls.map((entry) => entry.url)).not.toContain('/about/team/');
    expect(report.urls.total).toBe(urls.length);
    const redirects = parse(readFileSync(join(content, 'redirects.yaml'), 'utf8')) as { from: string; to: string }[];
    expect(redirects.map((entry) => entry.from)).not.toContain('/about/team/');
    expect(report.urls.redirects).toBe(redirects.length);
    // The link was converted before the page failed: the body is converted again, the link left as it was.
    const story = readFileSync(join(content, 'articles/2019/bridge-reopens.md'), 'utf8');
    expect(story).toContain('[about us](https://oldnews.example/about/)');
    expect(story).toContain('[how the council paid for it](/city-hall/2019/06/10/council-budget/)');
    expect(result.stderr).toContain('relinking: 25 items, done');

    const check = runCli('check-content', ['--format', 'json'], { CONTENT_DIR: content });
    expect(JSON.parse(check.stdout).diagnostics).toEqual([]);
  });

  it('changes nothing when run again on the same export', () => {
    expect(importNewsroom().status).toBe(0);
    const stamps = filesIn(content).map((file) => [file, statSync(join(content, file)).mtimeMs]);
    const again = importNewsroom();
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Files: 0 written, 29 unchanged, 0 kept/);
    expect(filesIn(content).map((file) => [file, statSync(join(content, file)).mtimeMs])).toEqual(stamps);
    expect(readdirSync(root).sort()).toEqual(['content', 'wordpress-urls.json']);
  });

  it('keeps a file an editor changed since the import, and says so', () => {
    expect(importNewsroom().status).toBe(0);
    const file = join(content, 'articles/2019/bridge-reopens.md');
    const edited = readFileSync(file, 'utf8').replace('Drivers honked', 'Drivers cheered');
    writeFileSync(file, edited);
    const again = importNewsroom();
    expect(again.stdout).toMatch(/Files: 0 written, \d+ unchanged, 1 kept/);
    expect(again.stdout).toContain(
      'articles/2019/bridge-reopens.md exists and differs from what the export gives; kept as it is',
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('writes nothing on a dry run, and says what it would do', () => {
    const dry = importNewsroom('--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Would import /);
    expect(dry.stdout).toMatch(/Files: 29 would be written, 0 are unchanged/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('leaves an image it cannot find as a link and the article without an image, when no uploads folder is given', () => {
    expect(importWordpress([newsroom]).status).toBe(0);
    const { data, content: body } = matter(readFileSync(join(content, 'articles/2019/bridge-reopens.md'), 'utf8'));
    expect(data.image).toBeUndefined();
    expect(body).toContain(
      '[Image: crowd-300x200.jpg](https://oldnews.example/wp-content/uploads/2019/05/crowd-300x200.jpg)',
    );
    expect(existsSync(join(content, 'articles/2019/images'))).toBe(false);
  });

  it('imports into a newsroom that has content already, taking no slug of its own and keeping its files', () => {
    const files = newsroomFixture();
    files.articles = {
      'news-01': files.articles!['news-01']!,
      'archive/bridge-reopens': {
        data: {
          headline: 'An older bridge story',
          byline: 'alice-adams',
          publishedAt: '2018-01-01T10:00:00Z',
          section: 'news',
        },
      },
    };
    writeContent(content, files);
    const before = readFileSync(join(content, 'sections/news.md'), 'utf8');
    const result = importNewsroom();
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(content, 'articles/2019/bridge-reopens-2.md'))).toBe(true);
    expect(result.stdout).toContain('its slug "bridge-reopens" is taken by another article; it is "bridge-reopens-2"');
    expect(result.stdout).toContain('sections/news.md exists and differs from what the export gives; kept as it is');
    expect(readFileSync(join(content, 'sections/news.md'), 'utf8')).toBe(before);
    const check = runCli('check-content', [], { CONTENT_DIR: content });
    expect(check.stdout).toContain('No problems');
  });

  it.each([
    ['truncated.xml', /truncated\.xml: is truncated: it ends inside <item> \(opened at line 85\)/],
    ['not-wxr.xml', /not-wxr\.xml: is not a WordPress export \(WXR\)/],
    ['unknown-version.xml', /unknown-version\.xml: is WXR version 2\.0, which this importer does not know/],
    ['malformed.xml', /malformed\.xml: is not well-formed XML at line 9/],
    ['login-page.html', /login-page\.html: is not a WordPress export \(WXR\): it is an HTML page/],
  ])('refuses %s in one line, exits 1 and writes nothing', (name, message) => {
    const result = importWordpress([join(fixtures, name), '--uploads', uploads]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/Nothing was written\.$/);
    expect(result.stdout).toBe('');
    expect(readdirSync(root)).toEqual([]);
  });

  it('exits 1 for a file it cannot read, and 2 with the usage for a wrong command line', () => {
    const missing = importWordpress([join(root, 'nope.xml')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
    const none = importWordpress([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Give exactly one WordPress export file.');
    expect(none.stderr).toContain('Usage: npm run import:wordpress --');
    const unknown = importWordpress([newsroom, '--overwrite']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--overwrite'");
    expect(importWordpress([newsroom, '--format', 'yaml']).status).toBe(2);
  });
});
