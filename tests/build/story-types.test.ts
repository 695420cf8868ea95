/**
 * Story types in the built site: readers see what kind of story they are reading on the story and on
 * every card, whose view an opinion is and who paid for sponsored content; structured data and feeds
 * carry the kind too.
 */
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const OPINION = '/news/2026/11/24/keep-the-hours/';
const SPONSORED = '/news/2026/11/23/ferry-partner/';

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
