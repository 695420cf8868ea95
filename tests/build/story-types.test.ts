/**
 * Story types in the built site: readers see what kind of story they are reading on the story and on
 * every card, whose view an opinion is and who paid for sponsored content; structured data and feeds
 * carry the kind too.
 */
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const OPINION = '/news/2026/11/24/keep-the-hours/';
const SPONSORED = '/news/2026/11/23/ferry-partner/';
const LIVE = '/news/2026/11/25/storm-live/';
const ENDED = '/sport/2026/11/22/regatta-live/';

/** Appended to as the storm went on: the file reads oldest first. */
const LIVE_BODY = `The storm reached the coast overnight.

## 2026-11-25T07:10:00Z by alice-adams
The "first" ferry is cancelled.

## 2026-11-25T07:10:00Z
A second update at the same minute.

## 2026-11-25T09:30:00Z by bob-brown
Water Street is closed.
`;

let build: BuildResult;

beforeAll(() => {
  const files = newsroomFixture();
  Object.assign(files.articles!, {
    'keep-the-hours': {
      data: {
        headline: 'Keep the library hours for good',
        byline: ['alice-adams', 'bob-brown'],
        publishedAt: '2026-11-24T10:00:00Z',
        section: 'news',
        type: 'opinion',
        tags: ['Libraries'],
      },
      body: 'The council should write the hours into the charter.\n',
    },
    'storm-live': {
      data: {
        headline: 'Storm live: the coast braces',
        byline: 'alice-adams',
        publishedAt: '2026-11-25T07:00:00Z',
        section: 'news',
        type: 'live',
      },
      body: LIVE_BODY,
    },
    'sport/regatta-live': {
      data: {
        headline: 'Regatta live',
        byline: 'bob-brown',
        publishedAt: '2026-11-22T13:00:00Z',
        coverageEndTime: '2026-11-22T18:00:00Z',
        section: 'sport',
        type: 'live',
      },
      body: 'Racing is under way.\n\n## 2026-11-22T13:30:00Z\nThe first race is won by a length.\n',
    },
    'ferry-partner': {
      data: {
        headline: 'Ride the bay this winter',
        byline: 'bob-brown',
        publishedAt: '2026-11-23T10:00:00Z',
        section: 'news',
        type: 'sponsored',
      },
      body: 'A message from the ferry company.\n',
    },
  });
  build = buildSite(writeContent(join(scratchDir('story-types'), 'content'), files), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

const jsonLdType = (path: string) => {
  const $ = page(build.outDir, path);
  const nodes = $('script[type="application/ld+json"]')
    .map((_, script) => JSON.parse($(script).text()) as { '@type': string })
    .get();
  return nodes.map((node) => node['@type']).find((type) => /Article/.test(type));
};

describe('an opinion piece', () => {
  it('is labelled on the story, says whose view it is, and is an OpinionNewsArticle to search engines', () => {
    const $ = page(build.outDir, OPINION);
    expect($('.article .kicker').text()).toMatch(/News\s*Opinion/);
    expect($('.story-notice').text()).toBe('Opinion: the views in this piece are those of Alice Adams and Bob Brown.');
    expect(jsonLdType(OPINION)).toBe('OpinionNewsArticle');
  });

  it('is labelled on every card that shows it, section listings included', () => {
    for (const path of ['/', '/news/', '/authors/alice-adams/']) {
      const card = page(build.outDir, path)(`.card:has(a[href="${OPINION}"])`).first();
      expect(card.find('.story-type').text(), path).toBe('Opinion');
    }
  });

  it('carries its kind as the first category of its feed items', () => {
    const { rss } = new XMLParser({ isArray: (name) => ['item', 'category'].includes(name) }).parse(
      readFileSync(join(build.outDir, 'feed.xml'), 'utf8'),
    ) as { rss: { channel: { item: { link: string; category?: string[] }[] } } };
    const item = rss.channel.item.find((candidate) => candidate.link.endsWith(OPINION));
    expect(item?.category).toEqual(['Opinion', 'Libraries']);
  });
});

describe('the listing of each type', () => {
  it('lists the stories of one type only, and the story’s label links to it', () => {
    const $ = page(build.outDir, '/types/opinion/');
    expect($('h1').text()).toBe('Opinion');
    expect(
      $('.story-list .card__headline a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([OPINION]);
    expect(page(build.outDir, OPINION)('.article .kicker a.story-type').attr('href')).toBe('/types/opinion/');
    expect(page(build.outDir, '/types/live/')('h1').text()).toBe('Live coverage');
    // News, unlabelled, is what the sections list.
    expect(existsSync(join(build.outDir, 'types/news'))).toBe(false);
  });
});

describe('sponsored content', () => {
  it('is unmistakable on the story and its cards, and an AdvertiserContentArticle to search engines', () => {
    const $ = page(build.outDir, SPONSORED);
    expect($('.story-notice--sponsored').text()).toContain('Sponsored content: an advertiser paid for this story.');
    expect($('.article .story-type').text()).toBe('Sponsored content');
    expect(jsonLdType(SPONSORED)).toBe('AdvertiserContentArticle');
    expect(page(build.outDir, '/news/')(`.card:has(a[href="${SPONSORED}"]) .story-type`).text()).toBe(
      'Sponsored content',
    );
  });

  it('is neither on the automatic front page nor among any story’s related stories', () => {
    expect(page(build.outDir, '/')(`a[href="${SPONSORED}"]`)).toHaveLength(0);
    for (const path of [OPINION, '/news/2026/10/31/late-night-vote/', '/sport/2026/11/20/bridge-run/']) {
      const related = page(build.outDir, path)('.related');
      expect(related.find('a').length, path).toBeGreaterThan(0);
      expect(related.find(`a[href="${SPONSORED}"]`), path).toHaveLength(0);
    }
  });
});

describe('a news story', () => {
  it('carries no label and stays a NewsArticle', () => {
    const path = '/news/2026/10/31/late-night-vote/';
    const $ = page(build.outDir, path);
    expect($('.story-type')).toHaveLength(0);
    expect($('.story-notice')).toHaveLength(0);
    expect(jsonLdType(path)).toBe('NewsArticle');
  });
});

const liveBlogPosting = (path: string): Record<string, unknown> | undefined => {
  const $ = page(build.outDir, path);
  const nodes = $('script[type="application/ld+json"]')
    .map((_, script) => $(script).text())
    .get()
    .map((json) => JSON.parse(json) as Record<string, unknown>);
  return nodes.find((node) => node['@type'] === 'LiveBlogPosting');
};

describe('live coverage', () => {
  it('is labelled Live while open, with its updates newest first, each at its own anchor, time and author', () => {
    const $ = page(build.outDir, LIVE);
    expect($('.article .kicker .story-type').text()).toBe('Live');
    expect($('.story-notice--live a').attr('href')).toBe('#live-updates-title');
    expect($('.article-body > p').first().text()).toBe('The storm reached the coast overnight.');
    const updates = $('.live-updates .live-update');
    expect(updates.map((_, update) => $(update).attr('id')).get()).toEqual([
      'update-20261125t093000z',
      'update-20261125t071000z-2',
      'update-20261125t071000z',
    ]);
    const newest = updates.first();
    expect(newest.find('.live-update__time').attr('href')).toBe('#update-20261125t093000z');
    expect(newest.find('time').attr('datetime')).toBe('2026-11-25T04:30:00-05:00');
    expect(newest.find('.live-update__author').text()).toBe('by Bob Brown');
    expect(newest.find('.live-update__author a').attr('href')).toBe('/authors/bob-brown/');
    expect(newest.find('p:not(.live-update__meta)').text()).toBe('Water Street is closed.');
    expect(updates.last().find('p:not(.live-update__meta)').text()).toBe('The “first” ferry is cancelled.');
    expect(updates.eq(1).find('.live-update__author')).toHaveLength(0);
    expect($('.article__meta').text()).toMatch(/Updated\s+November 25, 2026 at 4:30/);
  });

  it('is a LiveBlogPosting to search engines, its updates newest first with their anchors and authors', () => {
    const posting = liveBlogPosting(LIVE);
    expect(posting).toMatchObject({
      coverageStartTime: '2026-11-25T07:00:00.000Z',
      dateModified: '2026-11-25T09:30:00.000Z',
    });
    expect(posting).not.toHaveProperty('coverageEndTime');
    expect(posting!.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'Water Street is closed.',
        datePublished: '2026-11-25T09:30:00.000Z',
        url: `https://meridianpost.example${LIVE}#update-20261125t093000z`,
        author: { '@type': 'Person', name: 'Bob Brown', url: 'https://meridianpost.example/authors/bob-brown/' },
      },
      expect.objectContaining({ url: expect.stringMatching(/#update-20261125t071000z-2$/) }),
      expect.objectContaining({
        headline: 'The “first” ferry is cancelled.',
        author: expect.objectContaining({ name: 'Alice Adams' }),
      }),
    ]);
  });

  it('gives feeds and the sitemap the time of its latest update', () => {
    const feed = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as {
      items: { url: string; date_modified?: string }[];
    };
    expect(feed.items.find((item) => item.url.endsWith(LIVE))?.date_modified).toBe('2026-11-25T09:30:00.000Z');
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(
      `<loc>https://meridianpost.example${LIVE}</loc><lastmod>2026-11-25T09:30:00.000Z</lastmod>`,
    );
  });

  it('says Live on its cards while open and that coverage ended once its coverageEndTime has passed', () => {
    expect(page(build.outDir, '/news/')(`.card:has(a[href="${LIVE}"]) .story-type`).text()).toBe('Live');
    const $ = page(build.outDir, ENDED);
    expect($('.article .kicker .story-type').text()).toBe('Coverage ended');
    expect($('.story-notice').text()).toMatch(/Our live coverage of this story ended\s+November 22, 2026/);
    expect(page(build.outDir, '/sport/')(`.card:has(a[href="${ENDED}"]) .story-type`).text()).toBe('Coverage ended');
    const posting = liveBlogPosting(ENDED);
    expect(posting).toMatchObject({ coverageEndTime: '2026-11-22T18:00:00.000Z' });
  });
});
