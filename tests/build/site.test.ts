import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../gates/site-files.ts';
import { BUILD_NOW, DRAFT_MARKER, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult, type ContentFiles } from '../helpers/site.ts';

let build: BuildResult;
const html = (sitePath: string) => page(build.outDir, sitePath);

/**
 * Dates written without a time, as editors write them: YAML reads an unquoted `2026-10-28` as midnight
 * UTC, which in New York is still October 27. Written by hand, as gray-matter would write a Date with its time.
 */
const DATE_ONLY_STORY = `---
headline: Regatta results are in
byline: alice-adams
publishedAt: 2026-10-28
updatedAt: 2026-10-29
section: sport
corrections:
  - date: 2026-10-29
    text: An earlier version misspelt the winning boat.
---
The regatta ran in light winds.
`;
const DATE_ONLY_PATH = '/sport/2026/10/28/regatta-results/';

const STANDING_PAGES: ContentFiles['pages'] = {
  about: {
    data: { title: 'About The Gazette', linkText: 'About us', order: 1, updatedAt: '2026-11-02' },
    body: 'We have covered the town since 1900. Read our [ethics policy](/ethics/).\n',
  },
  ethics: {
    data: { title: 'Ethics policy', order: 2, publisherProperty: 'ethicsPolicy' },
    body: 'We take no gifts.\n',
  },
};

beforeAll(() => {
  const root = scratchDir('site');
  const content = writeContent(join(root, 'content'), { ...newsroomFixture(), pages: STANDING_PAGES });
  writeFileSync(join(content, 'articles/sport/regatta-results.md'), DATE_ONLY_STORY);
  build = buildSite(content, { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('article pages', () => {
  it('exist at /{section}/{yyyy}/{mm}/{dd}/{slug}/ with headline, byline links, times and tags', () => {
    const $ = html('/sport/2026/11/20/bridge-run/');
    expect($('h1').text()).toBe('Thousands run across the "new" bridge & cheer');
    expect($('.article__dek').text()).toBe('The first race over the span drew a record field.');
    expect(
      $('.article__meta .byline a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/authors/bob-brown/', '/authors/alice-adams/']);
    expect($('.article__meta .byline').text()).toBe('By Bob Brown and Alice Adams');
    expect(
      $('.article__meta time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual(['2026-11-20T13:30:00.000Z', '2026-11-20T18:00:00.000Z']);
    expect($('.article__meta').text()).toContain('Updated');
    expect($('.article__meta').text()).toMatch(/\d+ min read/);
    expect(
      $('.tag-list a')
        .map((_, a) => [[$(a).text(), $(a).attr('href')]])
        .get(),
    ).toEqual([
      ['Harbor Bridge', '/tags/harbor-bridge/'],
      ['City Council', '/tags/city-council/'],
    ]);
  });

  it('dates the URL in the publication time zone', () => {
    expect(existsSync(join(build.outDir, 'news/2026/10/31/late-night-vote/index.html'))).toBe(true);
  });

  it('publishes a date without a time on that day in the publication time zone, everywhere', () => {
    // Midnight in New York (EDT) on October 28, never October 27 as midnight UTC would be.
    const published = '2026-10-28T04:00:00.000Z';
    const updated = '2026-10-29T04:00:00.000Z';
    expect(existsSync(join(build.outDir, 'sport/2026/10/27/regatta-results'))).toBe(false);
    const $ = html(DATE_ONLY_PATH);
    expect(
      $('.article__meta time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual([published, updated]);
    expect($('.article__meta time').first().text()).toContain('October 28, 2026');
    expect($('.corrections time').attr('datetime')).toBe(updated);
    expect($('.corrections time').text()).toContain('October 29, 2026');
    const jsonLd = $('script[type="application/ld+json"]')
      .toArray()
      .map((element) => JSON.parse($(element).text()) as Record<string, unknown>)
      .find((block) => block['@type'] === 'NewsArticle');
    expect(jsonLd).toMatchObject({
      datePublished: published,
      dateModified: updated,
      correction: [{ datePublished: updated }],
    });

    const sport = html('/sport/');
    const card = sport('.card').filter((_, element) => sport(element).find(`a[href="${DATE_ONLY_PATH}"]`).length > 0);
    expect(card.find('time').text().trim()).toBe('October 28, 2026');

    const feed = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as {
      items: { url: string; date_published: string; date_modified?: string }[];
    };
    expect(feed.items.find((item) => item.url.endsWith(DATE_ONLY_PATH))).toMatchObject({
      date_published: published,
      date_modified: updated,
    });
    expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).toMatch(
      new RegExp(`${DATE_ONLY_PATH}</loc>\\s*<lastmod>${updated}</lastmod>`),
    );
  });

  it('shows the hero image with responsive sources, caption and credit', () => {
    const $ = html('/sport/2026/11/20/bridge-run/');
    const img = $('figure.hero img');
    expect(img.attr('alt')).toBe('Runners on a bridge at dawn');
    expect(img.attr('srcset')).toMatch(/400w.*800w/);
    expect($('figure.hero figcaption').text()).toContain('The field at mile one.');
    expect($('figure.hero .credit').text()).toContain('Photo: Bob Brown');
  });

  it('renders the body through our rehype pass (dateline, external links, scrollable tables)', () => {
    const $ = html('/sport/2026/11/20/bridge-run/');
    expect($('.article-body p').first().find('.dateline').text()).toBe('PORT MERIDIAN —');
    expect($('.article-body a[href="https://league.example/results"]').attr('rel')).toBe(
      'external noopener noreferrer',
    );
    expect($('.article-body .table-scroll[role=region] table')).toHaveLength(1);
  });

  it('has a canonical URL, description and title', () => {
    const $ = html('/sport/2026/11/20/bridge-run/');
    expect($('link[rel=canonical]').attr('href')).toBe('https://meridianpost.example/sport/2026/11/20/bridge-run/');
    expect($('meta[name=description]').attr('content')).toBe('The first race over the span drew a record field.');
    expect($('title').text()).toContain('Thousands run across');
  });
});

describe('listing pages', () => {
  it('list a section newest first, 20 a page, with prev/next links', () => {
    const first = html('/news/');
    const headlines = first('.story-list .card__headline')
      .map((_, h) => first(h).text())
      .get();
    expect(headlines).toHaveLength(20);
    expect(headlines[0]).toBe('Council votes after midnight');
    expect(headlines[1]).toBe('Routine council story number 23');
    expect(first('a[rel=next]').attr('href')).toBe('/news/page/2/');
    expect(first('a[rel=prev]')).toHaveLength(0);

    const second = html('/news/page/2/');
    expect(
      second('.story-list .card__headline')
        .map((_, h) => second(h).text())
        .get(),
    ).toEqual([
      'Routine council story number 04',
      'Routine council story number 03',
      'Routine council story number 02',
      'Routine council story number 01',
    ]);
    expect(second('a[rel=prev]').attr('href')).toBe('/news/');
    expect(second('a[rel=next]')).toHaveLength(0);
  });

  it('list a tag across sections under its stable slug', () => {
    const $ = html('/tags/city-council/');
    expect($('h1').text()).toBe('City Council');
    expect($('.card__headline').first().text()).toBe('Thousands run across the "new" bridge & cheer');
  });

  it('give each author a page with bio, links and their stories', () => {
    const $ = html('/authors/alice-adams/');
    expect($('h1').text()).toBe('Alice Adams');
    expect($('.author-card strong').text()).toBe('ten years');
    expect(
      $('.author-links a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['mailto:alice@news.example', 'https://bsky.app/profile/alice.bsky.social']);
    expect($('.card__headline').first().text()).toBe('Thousands run across the "new" bridge & cheer');
    expect(html('/authors/bob-brown/')('.card__headline')).toHaveLength(1);
  });

  it('archive stories by month', () => {
    expect(html('/archive/')('a[href="/archive/2026/10/"]').text()).toContain('October 2026');
    const october = html('/archive/2026/10/');
    expect(october('.card__headline').first().text()).toBe('Council votes after midnight');
  });
});

describe('home page', () => {
  it('leads with a picture story, then the latest, then a block per section', () => {
    const $ = html('/');
    expect($('.card--lead .card__headline').text()).toBe('Thousands run across the "new" bridge & cheer');
    expect($('.front__latest .card__headline').first().text()).toBe('Council votes after midnight');
    expect($('section[aria-labelledby="section-news"] .card')).not.toHaveLength(0);
  });

  it('has a header with section navigation and a footer', () => {
    const $ = html('/');
    expect(
      $('nav.site-nav a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/news/', '/sport/', '/archive/', '/search/']);
    expect($('footer.site-footer')).toHaveLength(1);
  });
});

describe('standing pages', () => {
  it('are served at /<file name>/ with their title, text and last update', () => {
    const $ = html('/about/');
    expect($('title').text()).toBe('About The Gazette | The Meridian Post');
    expect($('h1').text()).toBe('About The Gazette');
    expect($('.article-body a').attr('href')).toBe('/ethics/');
    expect($('.standing-page__updated time').attr('datetime')).toBe('2026-11-02T05:00:00.000Z');
    expect(html('/ethics/')('.article-body').text().trim()).toBe('We take no gifts.');
  });

  it('are linked from the footer of every page, in their order and by their link text', () => {
    for (const path of ['/', '/sport/2026/11/20/bridge-run/', '/news/', '/about/', '/404.html']) {
      const $ = html(path);
      const links = $('footer.site-footer nav a')
        .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
        .get();
      expect(links.slice(-2), path).toEqual(['About us /about/', 'Ethics policy /ethics/']);
    }
  });

  it("are the publisher's policies in the home page's structured data", () => {
    const $ = html('/');
    const blocks = $('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse($(script).text()) as { '@type': string; publisher?: Record<string, unknown> })
      .get();
    expect(blocks.find((block) => block['@type'] === 'WebSite')?.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      ethicsPolicy: 'https://meridianpost.example/ethics/',
    });
  });

  it('are in the sitemap and the URL manifest', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://meridianpost.example/about/</loc>');
    const manifest = JSON.parse(readFileSync(join(build.outDir, 'urls.json'), 'utf8')) as {
      urls: { url: string; kind: string }[];
    };
    expect(manifest.urls).toContainEqual({ url: '/ethics/', kind: 'page' });
  });
});

it('has a 404 page', () => {
  expect(html('/404.html')('h1').text()).toMatch(/can’t find/);
});

describe('drafts and embargoed stories', () => {
  it('appear nowhere in the built site', () => {
    const leaks = filesUnder(build.outDir).filter((file) => {
      const text = readFileSync(file, 'latin1');
      return text.includes(DRAFT_MARKER) || text.includes(EMBARGO_MARKER);
    });
    expect(leaks).toEqual([]);
    expect(existsSync(join(build.outDir, 'news/2026/11/10/secret-draft'))).toBe(false);
    expect(existsSync(join(build.outDir, 'sport/2027'))).toBe(false);
  });
});
