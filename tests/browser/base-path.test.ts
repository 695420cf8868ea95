/**
 * A GitHub Pages project site: the newsroom built for SITE_URL=https://example.github.io/news/ and served
 * under /news/ only, as Pages serves it (anything else is answered 404 by the host), checked in Chromium:
 * every page, link, image, stylesheet, script, feed, sitemap, share card, structured-data URL, redirect
 * and search result lives under the base. The newsroom's section "news" has the base's name, so its pages
 * are at /news/news/: the base must be added once and taken off once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspViolations } from '../gates/csp.ts';
import { findBrokenLinks } from '../gates/links.ts';
import { filesUnder, htmlFiles, sitePathOf } from '../gates/site-files.ts';
import { siteInChromium } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const SITE_URL = 'https://example.github.io/news/';
const ORIGIN = 'https://example.github.io';
const BASE = '/news/';

/** Site paths, as editors write them: the build serves each under the base. */
const FIRST_STORY = '/news/2026/10/01/news-01/';
const OLD_ADDRESS = '/news/2026/09/30/first-council-story/';
const REMOVED = '/news/2026/09/01/taken-down/';
const LATE_VOTE = '/news/2026/10/31/late-night-vote/';
const BRIDGE_RUN = '/sport/2026/11/20/bridge-run/';

/** The newsroom with an old address, a story taken down, and a link and an image written from the site's root. */
function projectSiteContent(): string {
  const files = newsroomFixture();
  const articles = files.articles!;
  articles['news-01']!.data = { ...articles['news-01']!.data, aliases: [OLD_ADDRESS] };
  articles['sport/bridge-run']!.body +=
    `\nAfterwards, see [the late vote](${LATE_VOTE}) and the <img src="/logo.svg" alt="Meridian Post logo">.\n`;
  const content = writeContent(join(scratchDir('base-path'), 'content'), files);
  writeFileSync(
    join(content, 'removed.yaml'),
    `- url: ${REMOVED}\n  reason: "Removed at the request of the family."\n`,
  );
  return content;
}

let content: string;
let build: BuildResult;
beforeAll(() => {
  content = projectSiteContent();
  build = buildSite(content, { now: BUILD_NOW, env: { SITE_URL } });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const session = siteInChromium(() => build.outDir, { base: BASE });

/** Where the local server serves a site path, as Pages would serve it under https://example.github.io/news/. */
const served = (sitePath: string): string => `${session.origin}${BASE}${sitePath.slice(1)}`;
/** An absolute URL the build wrote, asked of the local server instead of example.github.io. */
const local = (url: string): string => (url.startsWith(ORIGIN) ? `${session.origin}${url.slice(ORIGIN.length)}` : url);

/** Every page of the build but the redirect pages, which leave as soon as they load. */
const pagesToRead = (): string[] =>
  htmlFiles(build.outDir)
    .filter((file) => !readFileSync(file, 'utf8').includes('http-equiv="refresh"'))
    .map((file) => sitePathOf(build.outDir, file))
    .sort();

/** The status the local server answers for each URL, asked once each. */
async function statuses(context: BrowserContext, urls: Iterable<string>): Promise<string[]> {
  const answers: string[] = [];
  for (const url of urls) answers.push(`${(await context.request.get(url, { maxRedirects: 0 })).status()} ${url}`);
  return answers;
}

describe('a site built for https://example.github.io/news/', () => {
  it('is served under /news/ alone, as GitHub Pages serves a project site', async () => {
    const context = await session.browser.newContext();
    expect(await statuses(context, [served('/'), `${session.origin}/`, `${session.origin}${BRIDGE_RUN}`])).toEqual([
      `200 ${served('/')}`,
      `404 ${session.origin}/`,
      `404 ${session.origin}${BRIDGE_RUN}`,
    ]);
    await context.close();
  });

  it('has no broken internal link, anchor or image source (the link gate, which knows the base)', () => {
    expect(findBrokenLinks(build.outDir, SITE_URL)).toEqual([]);
  });

  it('loads every page with its stylesheet, scripts and images from under /news/, and every link there leads to a page', async () => {
    const context = await session.browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && (url.origin !== session.origin || !url.pathname.startsWith(BASE)))
        problems.push(`asked outside the site: ${request.url()}`);
    });
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    const links = new Set<string>();
    const pages = pagesToRead();
    expect(pages).toEqual(expect.arrayContaining(['/', '/news/', '/news/page/2/', BRIDGE_RUN, REMOVED, '/404.html']));
    for (const path of pages) {
      const response = await tab.goto(served(path));
      expect(response?.status(), path).toBe(200);
      const loaded = await tab.evaluate(async () => {
        const images = [...document.images];
        // Lazy images load only near the viewport; the check wants every one.
        for (const image of images) image.loading = 'eager';
        await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
        const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')];
        return {
          images: images.filter((image) => !(image.complete && image.naturalWidth > 0)).map((image) => image.src),
          stylesheets: sheets.length > 0 && sheets.every((sheet) => sheet.sheet !== null),
          links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((anchor) => anchor.href),
        };
      });
      expect(loaded.images, `images that did not load on ${path}`).toEqual([]);
      expect(loaded.stylesheets, `stylesheet of ${path}`).toBe(true);
      for (const link of loaded.links) if (new URL(link).origin === session.origin) links.add(link.split('#')[0]!);
    }
    expect(problems).toEqual([]);
    expect([...links].filter((link) => !link.startsWith(served('/')))).toEqual([]);
    expect((await statuses(context, links)).filter((answer) => !answer.startsWith('200 '))).toEqual([]);
    await context.close();
  });

  it('writes every absolute URL (canonical, Open Graph, share cards, JSON-LD, feeds, sitemaps) under the base, and each is served', async () => {
    const absolute = new Set<string>();
    const outside: string[] = [];
    for (const file of filesUnder(build.outDir).filter((file) => /\.(html|xml|json|txt)$/.test(file))) {
      const text = readFileSync(file, 'utf8');
      for (const [url] of text.matchAll(/https:\/\/example\.github\.io[^\s"'<>\\)&]*/g)) {
        // urls.json names the site by its URL, as SITE_URL gave it; the not-found page, served at any
        // missing address, names itself /404/ in og:url as it does at the root of an origin.
        if (url === SITE_URL.slice(0, -1) || url === `${SITE_URL}404/`) continue;
        if (url.startsWith(SITE_URL)) absolute.add(url);
        else outside.push(`${url} in ${file}`);
      }
      // Share links carry the page's URL encoded.
      for (const [url] of text.matchAll(/https%3A%2F%2Fexample\.github\.io%2F[^\s"'&]*/g))
        if (!url.startsWith('https%3A%2F%2Fexample.github.io%2Fnews%2F')) outside.push(`${url} in ${file}`);
    }
    expect(outside).toEqual([]);
    for (const kind of [`${SITE_URL}news/2026/10/01/news-01/`, `${SITE_URL}social/`, `${SITE_URL}logo.png`]) {
      expect(
        [...absolute].some((url) => url.startsWith(kind)),
        kind,
      ).toBe(true);
    }
    const context = await session.browser.newContext();
    const answers = await statuses(context, [...absolute].map(local));
    expect(answers.filter((answer) => !answer.startsWith('200 '))).toEqual([]);
    await context.close();
  });

  it('gives the sitemaps, robots.txt, urls.json, _redirects, _headers and the search manifest the base', () => {
    const file = (name: string) => readFileSync(join(build.outDir, name), 'utf8');
    expect(file('robots.txt')).toBe(
      `User-agent: *\nAllow: /news/\n\nSitemap: ${SITE_URL}sitemap-index.xml\nSitemap: ${SITE_URL}news-sitemap.xml\n`,
    );
    expect(file('sitemap-index.xml')).toContain(`<loc>${SITE_URL}sitemap-0.xml</loc>`);
    expect(file('sitemap-0.xml')).toContain(`<loc>${SITE_URL}news/page/2/</loc>`);
    // The serializer found each page's built file under the base: noindex pages are left out, articles dated.
    expect(file('sitemap-0.xml')).not.toContain(REMOVED);
    expect(file('sitemap-0.xml')).toMatch(new RegExp(`<loc>${SITE_URL}news/2026/10/01/news-01/</loc><lastmod>`));
    const manifest = JSON.parse(file('urls.json')) as {
      site: string;
      urls: { url: string; kind: string; to?: string }[];
    };
    expect(manifest.site).toBe('https://example.github.io/news');
    expect(manifest.urls.filter((entry) => !entry.url.startsWith(BASE))).toEqual([]);
    expect(manifest.urls).toEqual(
      expect.arrayContaining([
        { url: `/news${OLD_ADDRESS}`, kind: 'redirect', to: `/news${FIRST_STORY}` },
        { url: `/news${REMOVED}`, kind: 'removed' },
        { url: '/news/feed.xml', kind: 'file' },
      ]),
    );
    expect(file('_redirects')).toBe(`/news${OLD_ADDRESS} /news${FIRST_STORY} 301\n`);
    expect(file('_headers')).toMatch(/^\/news\/\*\n {2}Content-Security-Policy: /);
    expect(JSON.parse(file('pagefind/shards.json'))).toEqual({ bundles: ['/news/pagefind/2026-1/'] });
  });

  it('puts the links and images editors write from the site root under the base, on the page and in the feeds', () => {
    const $ = page(build.outDir, BRIDGE_RUN);
    expect($(`.article-body a[href="/news${LATE_VOTE}"]`).text()).toBe('the late vote');
    expect($('.article-body img[alt="Meridian Post logo"]').attr('src')).toBe('/news/logo.svg');
    expect(readFileSync(join(build.outDir, 'feed.json'), 'utf8')).toContain(`href=\\"${SITE_URL}news/2026/10/31/`);
  });

  it('sends an old address to its story under the base', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(served(OLD_ADDRESS));
    await tab.waitForURL(served(FIRST_STORY));
    expect(await tab.locator('h1').textContent()).toBe('Routine council story number 01');
    await tab.close();
  });

  it('searches the bundles under /news/pagefind/ and links each result under the base', async () => {
    const tab = await session.browser.newPage();
    const asked: string[] = [];
    tab.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await tab.goto(served('/search/'));
    await tab.getByLabel('Words to find').fill('routine');
    await tab.getByLabel('Words to find').press('Enter');
    await tab.waitForURL((url) => url.pathname === '/news/search/' && url.searchParams.get('q') === 'routine');
    await expect.poll(() => tab.locator('#search-status').textContent()).toBe('23 stories match “routine”.');
    const results = await tab
      .locator('#search-results .card__headline a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(results).toHaveLength(20);
    expect(results.filter((href) => !/^\/news\/news\/2026\/\d\d\/\d\d\/news-\d\d\/$/.test(href))).toEqual([]);
    expect(asked.filter((path) => path.includes('pagefind')).every((path) => path.startsWith('/news/pagefind/'))).toBe(
      true,
    );
    expect(asked).toContain('/news/pagefind/shards.json');
    await tab.locator('#search-results .card__headline a').first().click();
    await tab.waitForURL(`${session.origin}${results[0]}`);
    expect(await tab.locator('h1').textContent()).toMatch(/^Routine council story number \d\d$/);

    await tab.goto(`${served('/search/')}?tag=harbor-bridge`);
    await expect.poll(() => tab.locator('#search-status').textContent()).toBe('1 story about Harbor Bridge.');
    expect(await tab.locator('#search-results .card__headline a').getAttribute('href')).toBe(`/news${BRIDGE_RUN}`);
    await tab.close();
  });

  it('runs search within the page’s Content-Security-Policy', async () => {
    expect(await cspViolations(session.browser, `${served('/search/')}?q=routine`)).toEqual([]);
  });
});

describe('the editors’ tools for a project site', () => {
  it('npm run check reads links written from the site root as the site’s own', () => {
    const check = runCli('check-content', [], { CONTENT_DIR: content, SITE_URL, DATELINE_NOW: BUILD_NOW });
    expect(check.stdout).not.toContain(': error: ');
    expect(check.status).toBe(0);
  });

  it('npm run check:urls names a lost URL’s alias without the base', () => {
    const current = join(build.outDir, 'urls.json');
    const manifest = JSON.parse(readFileSync(current, 'utf8')) as { urls: { url: string; kind: string }[] };
    const previous = join(build.outDir, '..', 'previous-urls.json');
    manifest.urls.push({ url: '/news/sport/2026/10/01/news-01/', kind: 'page' });
    writeFileSync(previous, JSON.stringify(manifest));
    const check = runCli('check-urls', [previous, '--current', current]);
    expect(check.stdout).toContain(
      'error: /news/sport/2026/10/01/news-01/ (page) was published by the previous build and is now neither served nor redirected. Did it move to /news/news/2026/10/01/news-01/? Add "aliases: [/sport/2026/10/01/news-01/]" to that article.',
    );
    expect(check.status).toBe(1);
  });
});
