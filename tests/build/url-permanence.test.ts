/**
 * A published URL is never lost: an article's old addresses (`aliases:`) redirect to it, a story taken
 * down on purpose (content/removed.yaml) leaves a notice, and `npm run check:urls` compares a build's
 * urls.json with an earlier one's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult, type ContentFiles } from '../helpers/site.ts';

type Articles = NonNullable<ContentFiles['articles']>;

/** Builds the fixture newsroom after `edit`, with `removed` as content/removed.yaml and `redirects` as content/redirects.yaml. */
function buildNewsroom(
  name: string,
  edit: (articles: Articles) => void = () => {},
  removed?: string,
  redirects?: string,
): BuildResult {
  const files = newsroomFixture();
  edit(files.articles!);
  const content = writeContent(join(scratchDir(name), 'content'), files);
  if (removed) writeFileSync(join(content, 'removed.yaml'), removed);
  if (redirects) writeFileSync(join(content, 'redirects.yaml'), redirects);
  return buildSite(content, { now: BUILD_NOW });
}

/** What a WordPress import writes: its old archives and feed, each to the page that answers it now. */
const REDIRECTS = '- from: /category/local-news/\n  to: /news/\n- from: /feed/\n  to: /feed.xml\n';

const REMOVED_NEWS_02 = '- url: /news/2026/10/02/news-02/\n  reason: "Removed at the request of the family."\n';

/** The second edition: one story renamed with an alias, one removed on purpose, one deleted, one moved to another section. */
function secondEdition(articles: Articles): void {
  articles['late-night-vote']!.data = {
    ...articles['late-night-vote']!.data,
    slug: 'council-late-vote',
    aliases: ['/news/2026/10/31/late-night-vote/'],
  };
  delete articles['news-02'];
  delete articles['news-03'];
  articles['news-04']!.data = { ...articles['news-04']!.data, section: 'sport' };
}

let first: BuildResult;
let second: BuildResult;
const manifest = (build: BuildResult) => join(build.outDir, 'urls.json');

beforeAll(() => {
  first = buildNewsroom('urls-first');
  second = buildNewsroom('urls-second', secondEdition, REMOVED_NEWS_02, REDIRECTS);
  for (const build of [first, second])
    if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('aliases', () => {
  it('leave a redirect page at the old address: refresh, canonical, a plain link and noindex', () => {
    const $ = page(second.outDir, '/news/2026/10/31/late-night-vote/');
    expect($('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/news/2026/10/31/council-late-vote/');
    expect($('link[rel=canonical]').attr('href')).toBe(
      'https://meridianpost.example/news/2026/10/31/council-late-vote/',
    );
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('a').attr('href')).toBe('/news/2026/10/31/council-late-vote/');
  });

  it('are listed in _redirects for hosts that read it, with content/redirects.yaml’s', () => {
    expect(readFileSync(join(second.outDir, '_redirects'), 'utf8')).toBe(
      [
        '/category/local-news/ /news/ 301',
        '/feed/ /feed.xml 301',
        '/news/2026/10/31/late-night-vote/ /news/2026/10/31/council-late-vote/ 301',
        '',
      ].join('\n'),
    );
  });

  it('fail the build when they collide with a live page, naming both files', () => {
    const build = buildNewsroom('urls-collision', (articles) => {
      articles['news-05']!.data = { ...articles['news-05']!.data, aliases: ['/news/2026/10/06/news-06/', '/sport/'] };
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /articles\/news-05\.md: aliases: alias "\/news\/2026\/10\/06\/news-06\/" is the URL of a live page, made by .*articles\/news-06\.md/,
    );
    expect(build.output).toMatch(
      /articles\/news-05\.md: aliases: alias "\/sport\/" is the URL of a live page, made by .*sections\/sport\.md/,
    );
  });
});

describe('content/redirects.yaml', () => {
  it('leaves a redirect page at each old address, to a listing or a feed', () => {
    const $ = page(second.outDir, '/category/local-news/');
    expect($('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/news/');
    expect($('a').text()).toBe('https://meridianpost.example/news/');
    expect(page(second.outDir, '/feed/')('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/feed.xml');
  });

  it('fails the build when a redirect leads nowhere or takes a live page’s address, naming the line', () => {
    const build = buildNewsroom(
      'urls-bad-redirects',
      undefined,
      undefined,
      '- from: /category/gone/\n  to: /no-such-section/\n- from: /sport/\n  to: /news/\n',
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /redirects\.yaml:1: to: the redirect from "\/category\/gone\/" leads to "\/no-such-section\/", which no page of the site serves/,
    );
    expect(build.output).toMatch(
      /redirects\.yaml:3: from: redirect from "\/sport\/" is the URL of a live page, made by .*sections\/sport\.md/,
    );
  });
});

describe('removed stories', () => {
  it('leave a "removed" notice with the reason, out of search engines', () => {
    const $ = page(second.outDir, '/news/2026/10/02/news-02/');
    expect($('h1').text()).toBe('This story has been removed');
    expect($('main').text()).toContain('Removed at the request of the family.');
    expect($('meta[name=robots]').attr('content')).toMatch(/^noindex/);
  });
});

describe('content/removed.yaml', () => {
  it('fails the build when an entry is not valid, naming the file and the fields', () => {
    const build = buildNewsroom('urls-bad-removed', undefined, '- url: news/2026/10/02/news-02\n  reason: ""\n');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('removed.yaml');
    expect(build.output).toContain(
      'url: url must be a path on this site that starts and ends with "/", such as /city/2026/11/20/old-slug/, got "news/2026/10/02/news-02"',
    );
    expect(build.output).toContain('reason: reason must not be empty');
  });

  it('fails the build when it lists a URL that is still served', () => {
    const build = buildNewsroom(
      'urls-removed-live',
      undefined,
      '- url: /news/2026/10/05/news-05/\n  reason: "Gone."\n',
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /removed\.yaml: url: "\/news\/2026\/10\/05\/news-05\/" is listed as removed but is still served: it is made by .*articles\/news-05\.md/,
    );
  });
});

describe('the URL manifest', () => {
  it('lists every public URL once, sorted, with redirects and removed stories marked', () => {
    const { urls } = JSON.parse(readFileSync(manifest(second), 'utf8')) as {
      urls: { url: string; kind: string; to?: string }[];
    };
    expect(urls.map((entry) => entry.url)).toEqual([...new Set(urls.map((entry) => entry.url))].sort());
    expect(urls).toContainEqual({
      url: '/news/2026/10/31/late-night-vote/',
      kind: 'redirect',
      to: '/news/2026/10/31/council-late-vote/',
    });
    expect(urls).toContainEqual({ url: '/news/2026/10/02/news-02/', kind: 'removed' });
    expect(urls).toContainEqual({ url: '/news/2026/10/31/council-late-vote/', kind: 'page' });
    expect(urls).toContainEqual({ url: '/feed.xml', kind: 'file' });
    expect(urls.map((entry) => entry.url)).not.toContain('/404.html');
    expect(urls.filter((entry) => entry.url.startsWith('/_astro/') || entry.url.startsWith('/pagefind/'))).toEqual([]);
  });
});

describe('npm run check:urls', () => {
  it('fails listing every URL published before that is now neither served nor redirected', () => {
    const check = runCli('check-urls', [manifest(first), '--current', manifest(second)]);
    expect(check.status).toBe(1);
    const lost = check.stdout.split('\n').filter((line) => line.startsWith('error:'));
    expect(lost).toHaveLength(2);
    expect(lost[0]).toContain(
      '/news/2026/10/03/news-03/ (page) was published by the previous build and is now neither served nor redirected.',
    );
    expect(lost[1]).toContain('/news/2026/10/04/news-04/ (page) was published');
    expect(lost[1]).toContain('Did it move to /sport/2026/10/04/news-04/?');
    expect(check.stdout).toContain('2 published URLs lost.');
  });

  it('passes once an alias and a removed.yaml entry cover them', () => {
    const third = buildNewsroom(
      'urls-third',
      (articles) => {
        secondEdition(articles);
        articles['news-04']!.data = { ...articles['news-04']!.data, aliases: ['/news/2026/10/04/news-04/'] };
      },
      `${REMOVED_NEWS_02}- url: /news/2026/10/03/news-03/\n  reason: "Withdrawn: it named a witness."\n`,
    );
    expect(third.status).toBe(0);
    const check = runCli('check-urls', [manifest(first), '--current', manifest(third)]);
    expect(check.stdout).toMatch(/^All \d+ URLs of .* are still served or redirected/);
    expect(check.status).toBe(0);
  });

  it('says clearly when a manifest is missing or not a manifest', () => {
    const missing = runCli('check-urls', ['/nonexistent/urls.json', '--current', manifest(second)]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('There is no previous manifest at /nonexistent/urls.json.');
    const notJson = runCli('check-urls', [join(second.outDir, 'index.html'), '--current', manifest(second)]);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/index\.html is not JSON/);
  });
});
