/**
 * What machines read from the built site: RSS and JSON feeds, sitemaps, robots.txt, JSON-LD and social
 * cards, checked with real parsers on a fixture built by the real `astro build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_MARKER, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';
import {
  BUILD_NOW,
  CORRECTED,
  CORRECTION_TEXT,
  HOSTILE_HEADLINE,
  JUST_TOO_OLD,
  RECENT,
  writeDistributionFixture,
} from './distribution-fixture.ts';

const ORIGIN = 'https://meridianpost.example';
const BRIDGE_RUN = '/sport/2026/11/20/bridge-run/';
const UNPUBLISHED = [DRAFT_MARKER, EMBARGO_MARKER, 'secret-draft', 'embargoed-report'];

let build: BuildResult;
const read = (sitePath: string) => readFileSync(join(build.outDir, sitePath), 'utf8');
const existsInSite = (url: string) => {
  const { pathname } = new URL(url);
  return existsSync(join(build.outDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : ''));
};
const rss = (sitePath: string) => new Parser().parseString(read(sitePath));

/** Every feed the build wrote, as site paths. */
function feedFiles(dir = build.outDir, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return feedFiles(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'feed.xml' || entry.name === 'feed.json' ? [`${prefix}${entry.name}`] : [];
  });
}

/** Every URL in an HTML fragment: href, src and each srcset candidate. */
function urlsIn(html: string): string[] {
  const $ = cheerio.load(html, null, false);
  return [
    ...$('[href]')
      .map((_, element) => $(element).attr('href') ?? '')
      .get(),
    ...$('[src]')
      .map((_, element) => $(element).attr('src') ?? '')
      .get(),
    ...$('[srcset]')
      .map((_, element) =>
        ($(element).attr('srcset') ?? '').split(', ').map((candidate) => candidate.split(' ')[0] ?? ''),
      )
      .get(),
  ];
}

interface JsonLd {
  '@type': string;
  [property: string]: unknown;
}
const jsonLdBlocks = (sitePath: string): JsonLd[] => {
  const $ = page(build.outDir, sitePath);
  return $('script[type="application/ld+json"]')
    .map((_, element) => JSON.parse($(element).text()) as JsonLd)
    .get();
};
const meta = (sitePath: string, key: string): string[] => {
  const $ = page(build.outDir, sitePath);
  return $(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, element) => $(element).attr('content'))
    .get();
};

beforeAll(() => {
  const root = scratchDir('distribution');
  build = buildSite(writeDistributionFixture(join(root, 'content')), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('RSS feeds', () => {
  it('list every published story on the site feed, newest first, with author, categories and date', async () => {
    const feed = await rss('/feed.xml');
    expect(feed.title).toBe('The Meridian Post');
    expect(feed.feedUrl).toBe(`${ORIGIN}/feed.xml`);
    expect(feed.items).toHaveLength(23 + 2 + 3);
    expect(feed.items.slice(0, 4).map((item) => item.link)).toEqual(
      [CORRECTED, RECENT, JUST_TOO_OLD, BRIDGE_RUN].map((path) => ORIGIN + path),
    );
    const times = feed.items.map((item) => Date.parse(item.isoDate ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const bridge = feed.items.find((item) => item.link === ORIGIN + BRIDGE_RUN)!;
    expect(bridge.title).toBe('Thousands run across the "new" bridge & cheer');
    expect(bridge.creator).toBe('Bob Brown and Alice Adams');
    expect(bridge.categories).toEqual(['Harbor Bridge', 'City Council']);
    expect(bridge.isoDate).toBe('2026-11-20T13:30:00.000Z');
    expect(bridge['content:encoded']).toContain('The race began at dawn.');
    expect(feed.items[0]!.title).toBe(HOSTILE_HEADLINE);
  });

  it('give section, topic and author feeds only their own stories', async () => {
    expect((await rss('/sport/feed.xml')).items.map((item) => item.link)).toEqual([ORIGIN + BRIDGE_RUN]);
    expect((await rss('/authors/bob-brown/feed.xml')).items.map((item) => item.link)).toEqual(
      [CORRECTED, RECENT, BRIDGE_RUN].map((path) => ORIGIN + path),
    );
    const topic = await rss('/tags/city-council/feed.xml');
    expect(topic.items.length).toBeGreaterThan(2);
    for (const item of topic.items) expect(item.categories).toContain('City Council');
    const news = await rss('/news/feed.xml');
    for (const item of news.items) expect(item.link).toMatch(new RegExp(`^${ORIGIN}/news/`));
  });

  it('carry the full article HTML with every URL absolute, body images included', async () => {
    for (const path of feedFiles().filter((file) => file.endsWith('.xml'))) {
      for (const item of (await rss(path)).items) {
        for (const url of urlsIn(item['content:encoded'] ?? ''))
          expect(url, `${path}: ${item.link}`).toMatch(/^(https?|mailto):/);
      }
    }
    const ferry = (await rss('/feed.xml')).items.find((item) => item.link === ORIGIN + RECENT)!;
    const body = cheerio.load(ferry['content:encoded'] ?? '', null, false);
    expect(
      body('a')
        .map((_, a) => body(a).attr('href'))
        .get(),
    ).toEqual([`${ORIGIN}/news/2026/10/31/late-night-vote/`, `${ORIGIN + RECENT}#notes`]);
    const photo = body('img').attr('src') ?? '';
    expect(photo).toMatch(new RegExp(`^${ORIGIN}/_astro/.+\\.webp$`));
    expect(existsInSite(photo)).toBe(true);
  });

  it('give every item its picture as media:content: a file of the site, of the type and size they say', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'item' });
    type MediaContent = { url: string; medium: string; type: string; width: string; height: string };
    /** What a file's first bytes say it is, as a browser sniffs it. */
    const servedType = (url: string) => {
      const head = readFileSync(join(build.outDir, decodeURIComponent(new URL(url).pathname))).subarray(0, 4);
      if (head.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'image/png';
      if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
      return `unknown (${head.toString('hex')})`;
    };
    for (const path of feedFiles().filter((file) => file.endsWith('.xml'))) {
      const { rss } = xml.parse(read(path)) as {
        rss: { 'xmlns:media': string; channel: { item: { link: string; 'media:content': MediaContent }[] } };
      };
      expect(rss['xmlns:media'], path).toBe('http://search.yahoo.com/mrss/');
      for (const item of rss.channel.item) {
        const media = item['media:content'];
        expect(media, `${path}: ${item.link}`).toMatchObject({ medium: 'image', width: '1200', height: '630' });
        expect(existsInSite(media.url), media.url).toBe(true);
        expect(servedType(media.url), media.url).toBe(media.type);
      }
    }
    const items = (xml.parse(read('/feed.xml')) as { rss: { channel: { item: Record<string, unknown>[] } } }).rss
      .channel.item;
    const mediaOf = (path: string) => items.find((item) => item.link === ORIGIN + path)?.['media:content'];
    expect(mediaOf(BRIDGE_RUN)).toMatchObject({
      url: expect.stringMatching(new RegExp(`^${ORIGIN}/_astro/.+\\.jpe?g$`)),
      type: 'image/jpeg',
      'media:description': 'Runners on a bridge at dawn',
    });
    expect(mediaOf(RECENT)).toMatchObject({
      url: `${ORIGIN}/social/ferry-timetable.png`,
      type: 'image/png',
      'media:description': 'Ferry timetable changes tonight',
    });
  });
});

it('never lists a draft or an embargoed article in any feed, sitemap or robots.txt', () => {
  expect(feedFiles().sort()).toEqual([
    '/authors/alice-adams/feed.xml',
    '/authors/bob-brown/feed.xml',
    '/corrections/feed.xml',
    '/feed.json',
    '/feed.xml',
    '/news/feed.xml',
    '/sport/feed.xml',
    '/tags/budget/feed.xml',
    '/tags/city-council/feed.xml',
    '/tags/ferries/feed.xml',
    '/tags/harbor-bridge/feed.xml',
    '/tags/mayor/feed.xml',
  ]);
  for (const file of [...feedFiles(), '/sitemap-index.xml', '/sitemap-0.xml', '/news-sitemap.xml', '/robots.txt']) {
    for (const word of UNPUBLISHED) expect(read(file), `${file} mentions ${word}`).not.toContain(word);
  }
});

it('keeps drafts and embargoed stories out of feeds and sitemaps even in a preview build, which crawlers may not enter', () => {
  const preview = buildSite(writeDistributionFixture(join(scratchDir('distribution-preview'), 'content')), {
    now: BUILD_NOW,
    env: { PREVIEW: '1' },
  });
  if (preview.status !== 0) throw new Error(`preview build failed:\n${preview.output}`);
  const readPreview = (sitePath: string) => readFileSync(join(preview.outDir, sitePath), 'utf8');
  expect(readPreview('/sport/2027/01/15/embargoed-report/index.html')).toContain(EMBARGO_MARKER);
  // A preview build marks its pages noindex, so the sitemap may rightly be left out altogether.
  const sitemaps = ['/sitemap-index.xml', '/sitemap-0.xml'].filter((file) => existsSync(join(preview.outDir, file)));
  for (const file of [
    '/feed.xml',
    '/feed.json',
    '/sport/feed.xml',
    '/authors/bob-brown/feed.xml',
    '/news-sitemap.xml',
    ...sitemaps,
  ]) {
    for (const word of UNPUBLISHED) expect(readPreview(file), `${file} mentions ${word}`).not.toContain(word);
  }
  expect(readPreview('/robots.txt')).toBe('User-agent: *\nDisallow: /\n');
});

describe('the JSON Feed', () => {
  it('is JSON Feed 1.1 with every published story, newest first, absolute URLs, authors, tags and dates', () => {
    const feed = JSON.parse(read('/feed.json')) as {
      version: string;
      home_page_url: string;
      feed_url: string;
      items: {
        id: string;
        url: string;
        title: string;
        content_html: string;
        image?: string;
        date_published: string;
        date_modified?: string;
        authors: { name: string; url: string }[];
        tags?: string[];
      }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe(`${ORIGIN}/`);
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(feed.items).toHaveLength(23 + 2 + 3);
    const times = feed.items.map((item) => Date.parse(item.date_published));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.title).not.toBe('');
      expect(item.authors.length).toBeGreaterThan(0);
      expect(item.image).toBeDefined();
      for (const url of [item.url, item.image!, ...item.authors.map((author) => author.url)])
        expect(existsInSite(url), url).toBe(true);
      for (const url of urlsIn(item.content_html)) expect(url).toMatch(/^(https?|mailto):/);
    }
    const [corrected] = feed.items;
    expect(corrected).toMatchObject({
      url: ORIGIN + CORRECTED,
      title: HOSTILE_HEADLINE,
      date_published: '2026-11-25T09:00:00.000Z',
      date_modified: '2026-11-25T11:00:00.000Z',
      authors: [
        { name: 'Alice Adams', url: `${ORIGIN}/authors/alice-adams/` },
        { name: 'Bob Brown', url: `${ORIGIN}/authors/bob-brown/` },
      ],
      tags: ['City Council', 'Mayor'],
    });
  });
});

describe('sitemaps', () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url'].includes(name) });

  it('are well-formed XML, the index listing the page sitemap and the news sitemap', () => {
    for (const file of ['/sitemap-index.xml', '/sitemap-0.xml', '/news-sitemap.xml'])
      expect(XMLValidator.validate(read(file)), file).toBe(true);
    const index = xml.parse(read('/sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
    expect(index.sitemapindex.sitemap.map((entry) => entry.loc).sort()).toEqual([
      `${ORIGIN}/news-sitemap.xml`,
      `${ORIGIN}/sitemap-0.xml`,
    ]);
  });

  it('list every article with its last change, and no 404, feed or unpublished page', () => {
    const { urlset } = xml.parse(read('/sitemap-0.xml')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const lastmod = new Map(urlset.url.map((entry) => [entry.loc, entry.lastmod]));
    const published = JSON.parse(read('/feed.json')) as {
      items: { url: string; date_published: string; date_modified?: string }[];
    };
    for (const item of published.items)
      expect(lastmod.get(item.url), item.url).toBe(item.date_modified ?? item.date_published);
    expect(lastmod.get(ORIGIN + BRIDGE_RUN)).toBe('2026-11-20T18:00:00.000Z');
    expect(lastmod.get(ORIGIN + RECENT)).toBe('2026-11-24T20:00:00.000Z');
    expect(lastmod.has(`${ORIGIN}/`)).toBe(true);
    expect([...lastmod.keys()].filter((url) => /404|\.xml$|\.json$/.test(url))).toEqual([]);
  });

  it('put in the news sitemap only the articles of the 48 hours before the build', () => {
    const { urlset } = xml.parse(read('/news-sitemap.xml')) as {
      urlset: {
        url: {
          loc: string;
          'news:news': {
            'news:publication': Record<string, string>;
            'news:publication_date': string;
            'news:title': string;
          };
        }[];
      };
    };
    expect(urlset.url.map((entry) => entry.loc)).toEqual([ORIGIN + CORRECTED, ORIGIN + RECENT]);
    expect(urlset.url[0]!['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Meridian Post', 'news:language': 'en' },
      'news:publication_date': '2026-11-25T09:00:00.000Z',
      'news:title': HOSTILE_HEADLINE,
    });
  });

  it('are named in robots.txt by absolute URL', () => {
    const robots = read('/robots.txt').split('\n');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
    expect(robots).not.toContain('Disallow: /');
  });
});

describe('structured data', () => {
  it('gives every article a complete NewsArticle and a Home › Section › Article breadcrumb', async () => {
    for (const item of (await rss('/feed.xml')).items) {
      const path = new URL(item.link!).pathname;
      const blocks = jsonLdBlocks(path);
      const article = blocks.find((block) => block['@type'] === 'NewsArticle');
      expect(article, path).toMatchObject({
        '@context': 'https://schema.org',
        headline: item.title,
        datePublished: item.isoDate,
        mainEntityOfPage: { '@type': 'WebPage', '@id': item.link },
        articleSection: expect.any(String),
        publisher: {
          '@type': 'NewsMediaOrganization',
          name: 'The Meridian Post',
          logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png`, width: 512, height: 512 },
        },
      });
      expect(article!.dateModified).toEqual(expect.any(String));
      expect(article!.image).toEqual([expect.stringMatching(new RegExp(`^${ORIGIN}/`))]);
      for (const image of article!.image as string[]) expect(existsInSite(image), image).toBe(true);
      for (const author of article!.author as { '@type': string; name: string; url: string }[]) {
        expect(author['@type']).toBe('Person');
        expect(existsInSite(author.url)).toBe(true);
      }
      const breadcrumb = blocks.find((block) => block['@type'] === 'BreadcrumbList');
      expect((breadcrumb?.itemListElement as { item: string }[]).map((crumb) => crumb.item)).toEqual([
        `${ORIGIN}/`,
        expect.stringMatching(/\/(news|sport)\/$/),
        item.link,
      ]);
    }
  });

  it('carries keywords and corrections, and keeps a hostile headline inside its script element', () => {
    const raw = read(`${CORRECTED}index.html`);
    const blocks = [...raw.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (match) => match[1]!,
    );
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(block).not.toMatch(/[<>]/);

    const article = jsonLdBlocks(CORRECTED).find((block) => block['@type'] === 'NewsArticle')!;
    expect(article.headline).toBe(HOSTILE_HEADLINE);
    expect(article.keywords).toEqual(['City Council', 'Mayor']);
    expect(article.dateModified).toBe('2026-11-25T11:00:00.000Z');
    expect(article.correction).toEqual([
      { '@type': 'CorrectionComment', text: CORRECTION_TEXT, datePublished: '2026-11-25T11:00:00.000Z' },
    ]);

    const $ = page(build.outDir, CORRECTED);
    expect($('script:not([type="application/ld+json"])').text()).not.toContain('alert(1)');
  });

  it('describes the site on the home page', () => {
    expect(jsonLdBlocks('/')).toEqual([
      expect.objectContaining({
        '@type': 'WebSite',
        name: 'The Meridian Post',
        url: `${ORIGIN}/`,
        potentialAction: expect.objectContaining({ '@type': 'SearchAction' }),
      }),
    ]);
  });
});

describe('social cards', () => {
  it('describe an article with its photo cropped to 1200×630, its times, authors, section and tags', () => {
    expect(meta(BRIDGE_RUN, 'og:type')).toEqual(['article']);
    expect(meta(BRIDGE_RUN, 'og:title')).toEqual(['Thousands run across the "new" bridge & cheer']);
    expect(meta(BRIDGE_RUN, 'og:description')).toEqual(['The first race over the span drew a record field.']);
    expect(meta(BRIDGE_RUN, 'og:url')).toEqual([ORIGIN + BRIDGE_RUN]);
    expect(meta(BRIDGE_RUN, 'og:site_name')).toEqual(['The Meridian Post']);
    expect(meta(BRIDGE_RUN, 'og:locale')).toEqual(['en_US']);
    const [image] = meta(BRIDGE_RUN, 'og:image');
    expect(image).toMatch(new RegExp(`^${ORIGIN}/_astro/.+\\.jpe?g$`));
    expect(existsInSite(image!)).toBe(true);
    expect(meta(BRIDGE_RUN, 'og:image:width')).toEqual(['1200']);
    expect(meta(BRIDGE_RUN, 'og:image:height')).toEqual(['630']);
    expect(meta(BRIDGE_RUN, 'og:image:alt')).toEqual(['Runners on a bridge at dawn']);
    expect(meta(BRIDGE_RUN, 'article:published_time')).toEqual(['2026-11-20T13:30:00.000Z']);
    expect(meta(BRIDGE_RUN, 'article:modified_time')).toEqual(['2026-11-20T18:00:00.000Z']);
    expect(meta(BRIDGE_RUN, 'article:author')).toEqual([
      `${ORIGIN}/authors/bob-brown/`,
      `${ORIGIN}/authors/alice-adams/`,
    ]);
    expect(meta(BRIDGE_RUN, 'article:section')).toEqual(['Sport']);
    expect(meta(BRIDGE_RUN, 'article:tag')).toEqual(['Harbor Bridge', 'City Council']);
    expect(meta(BRIDGE_RUN, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(BRIDGE_RUN, 'twitter:image')).toEqual([image]);
  });

  it('show the generated card for an article without a photo', () => {
    expect(meta(RECENT, 'og:image')).toEqual([`${ORIGIN}/social/ferry-timetable.png`]);
    expect(existsInSite(`${ORIGIN}/social/ferry-timetable.png`)).toBe(true);
    expect(meta(RECENT, 'twitter:card')).toEqual(['summary_large_image']);
  });

  it('describe other pages as the website', () => {
    expect(meta('/', 'og:type')).toEqual(['website']);
    expect(meta('/news/', 'og:url')).toEqual([`${ORIGIN}/news/`]);
    expect(meta('/news/', 'article:published_time')).toEqual([]);
  });
});

describe('feed discovery', () => {
  const alternates = (sitePath: string) => {
    const $ = page(build.outDir, sitePath);
    return $('link[rel="alternate"]')
      .map((_, link) => ({ type: $(link).attr('type'), href: $(link).attr('href') }))
      .get();
  };

  it('links the home page to the site RSS and JSON feeds, and each listing to its own feed', () => {
    expect(alternates('/')).toEqual([
      { type: 'application/rss+xml', href: `${ORIGIN}/feed.xml` },
      { type: 'application/feed+json', href: `${ORIGIN}/feed.json` },
    ]);
    expect(alternates('/news/')).toEqual([{ type: 'application/rss+xml', href: `${ORIGIN}/news/feed.xml` }]);
    expect(alternates('/news/page/2/')).toEqual([{ type: 'application/rss+xml', href: `${ORIGIN}/news/feed.xml` }]);
    expect(alternates('/tags/city-council/')).toEqual([
      { type: 'application/rss+xml', href: `${ORIGIN}/tags/city-council/feed.xml` },
    ]);
    expect(alternates('/authors/alice-adams/')).toEqual([
      { type: 'application/rss+xml', href: `${ORIGIN}/authors/alice-adams/feed.xml` },
    ]);
  });
});

describe('corrections', () => {
  it('end a corrected article with each correction and its time', () => {
    const $ = page(build.outDir, CORRECTED);
    const corrections = $('.corrections');
    expect(corrections.find('h2').text()).toBe('Corrections');
    expect(corrections.find('li time').attr('datetime')).toBe('2026-11-25T11:00:00.000Z');
    expect(corrections.find('li').text()).toContain(CORRECTION_TEXT);
    expect($('.article__meta').text()).toContain('Updated');
    expect(page(build.outDir, BRIDGE_RUN)('.corrections')).toHaveLength(0);
  });

  it('each have an anchor on their story, and the corrections log lists them all, linked there, with its own feed', () => {
    expect(page(build.outDir, CORRECTED)('.corrections li').attr('id')).toBe('correction-1');
    const log = page(build.outDir, '/corrections/');
    expect(log('h1').text()).toBe('Corrections');
    const entries = log('.corrections-log li');
    expect(entries).toHaveLength(1);
    expect(entries.text()).toContain(CORRECTION_TEXT);
    expect(entries.find('time').first().attr('datetime')).toBe('2026-11-25T11:00:00.000Z');
    expect(entries.find('a').attr('href')).toBe(`${CORRECTED}#correction-1`);
    expect(log('link[rel=alternate]').attr('href')).toBe(`${ORIGIN}/corrections/feed.xml`);
    expect(page(build.outDir, '/')('footer a[href="/corrections/"]').text()).toBe('Corrections');
    const xml = new XMLParser({ isArray: (name) => name === 'item' });
    const { rss } = xml.parse(read('/corrections/feed.xml')) as {
      rss: { channel: { item: { title: string; link: string; description: string }[] } };
    };
    expect(rss.channel.item.map(({ title, link }) => ({ title, link }))).toEqual([
      { title: `Correction: ${HOSTILE_HEADLINE}`, link: `${ORIGIN}${CORRECTED}#correction-1` },
    ]);
    expect(rss.channel.item[0]!.description).toBe(CORRECTION_TEXT);
  });

  /** The fixture newsroom with one article carrying these corrections. */
  function buildWithCorrections(corrections: unknown): BuildResult {
    const files = newsroomFixture();
    files.articles = {
      'news-01': files.articles!['news-01']!,
      'bad-correction': {
        data: {
          headline: 'A story',
          byline: 'alice-adams',
          publishedAt: '2026-11-02T10:00:00Z',
          section: 'news',
          corrections,
        },
      },
    };
    return buildSite(writeContent(join(scratchDir('bad-correction'), 'content'), files), { now: BUILD_NOW });
  }

  it('fail the build when one lacks its text or has an unknown key, naming the file and each field', () => {
    const failed = buildWithCorrections([
      { date: '2026-11-03T10:00:00Z' },
      { date: '2026-11-03T10:00:00Z', text: 'Fixed.', when: 'today' },
    ]);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('bad-correction.md');
    expect(failed.output).toContain('corrections.0.text: correction text is required');
    expect(failed.output).toContain('corrections.1: Unrecognized key: "when"');
  });

  it('fail the build when one is dated before the story was published', () => {
    const failed = buildWithCorrections([{ date: '2026-11-01T10:00:00Z', text: 'Too early.' }]);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('bad-correction.md');
    expect(failed.output).toContain('corrections.0.date: a correction date must not be before publishedAt');
  });
});
