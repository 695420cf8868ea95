import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_NOW, DRAFT_MARKER, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { pngSize } from '../helpers/png.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const CYRILLIC_HEADLINE = 'Мэр представил бюджет: библиотеки получат больше денег';

let build: BuildResult;
const socialDir = () => join(build.outDir, 'social');
/** The articles' cards: the files directly in /social/ (the other pages' cards are in folders below it). */
const cards = () =>
  readdirSync(socialDir(), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
/** Every file under /social/, as a path below it. */
const allCards = () =>
  readdirSync(socialDir(), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(socialDir().length + 1))
    .sort();
/** The built file an absolute URL of the site names. */
const fileOf = (url: string) => join(build.outDir, decodeURIComponent(new URL(url).pathname));
const meta = (sitePath: string, key: string): string[] => {
  const $ = page(build.outDir, sitePath);
  return $(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, element) => $(element).attr('content'))
    .get();
};

beforeAll(() => {
  const fixture = newsroomFixture();
  fixture.articles = {
    ...fixture.articles,
    'mayor-budget-ru': {
      data: {
        headline: CYRILLIC_HEADLINE,
        byline: 'alice-adams',
        publishedAt: '2026-11-21T10:00:00Z',
        section: 'news',
      },
      body: 'Бюджет города.\n',
    },
    'harbor-festival-zh': {
      data: {
        headline: '港口节 draws record crowds',
        byline: 'alice-adams',
        publishedAt: '2026-11-22T10:00:00Z',
        section: 'news',
      },
      body: 'A festival.\n',
    },
  };
  build = buildSite(writeContent(join(scratchDir('social'), 'content'), fixture), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('generated share images', () => {
  it('exist for exactly the published articles without an image of their own', () => {
    const routine = Array.from({ length: 23 }, (_, index) => `news-${String(index + 1).padStart(2, '0')}.png`);
    expect(cards()).toEqual(
      [...routine, 'harbor-festival-zh.png', 'late-night-vote.png', 'mayor-budget-ru.png'].sort(),
    );
  });

  it('are valid 1200×630 PNGs', async () => {
    for (const card of cards()) {
      expect({ card, ...(await pngSize(readFileSync(join(socialDir(), card)))) }).toEqual({
        card,
        width: 1200,
        height: 630,
      });
    }
  });

  it('are not drawn for an article that has its own image', () => {
    expect(existsSync(join(socialDir(), 'bridge-run.png'))).toBe(false);
  });

  it('are never drawn for a draft or an embargoed story, under any name', () => {
    expect(existsSync(join(socialDir(), 'secret-draft.png'))).toBe(false);
    expect(existsSync(join(socialDir(), 'embargoed-report.png'))).toBe(false);
    expect(allCards().filter((card) => /draft|embargo|secret/i.test(card))).toEqual([]);
    // Their topics have no page, so no card either.
    expect(allCards().filter((card) => new RegExp(`${DRAFT_MARKER}|${EMBARGO_MARKER}`, 'i').test(card))).toEqual([]);
    expect(build.output).not.toMatch(new RegExp(`${DRAFT_MARKER}|${EMBARGO_MARKER}`, 'i'));
  });

  it('draw a Cyrillic headline in the card font without complaint', async () => {
    expect(await pngSize(readFileSync(join(socialDir(), 'mayor-budget-ru.png')))).toEqual({ width: 1200, height: 630 });
    expect(build.output).not.toContain('mayor-budget-ru.md');
  });

  it('tell the editor which article has letters the card font cannot draw', () => {
    expect(build.output).toMatch(/harbor-festival-zh\.md: the share card's font has no letters for "港口节"/);
  });
});

describe('the share cards of pages that are not articles', () => {
  it.each([
    ['the home page', '/', '/social/site/home.png', 'The Meridian Post: Independent news for Port Meridian'],
    ['a section', '/news/', '/social/section/news.png', 'The Meridian Post: News'],
    ['a section’s second page', '/news/page/2/', '/social/section/news.png', 'The Meridian Post: News'],
    ['a topic', '/tags/city-council/', '/social/tag/city-council.png', 'The Meridian Post: City Council'],
    ['an author', '/authors/alice-adams/', '/social/author/alice-adams.png', 'The Meridian Post: Alice Adams'],
    ['the search page', '/search/', '/social/site/home.png', 'The Meridian Post: Independent news for Port Meridian'],
  ])('give %s its 1200×630 PNG card, with its size, type and alt text', async (_page, sitePath, card, alt) => {
    const [image] = meta(sitePath, 'og:image');
    expect(new URL(image!).pathname).toBe(card);
    expect(await pngSize(readFileSync(fileOf(image!)))).toEqual({ width: 1200, height: 630 });
    expect(meta(sitePath, 'og:image:width')).toEqual(['1200']);
    expect(meta(sitePath, 'og:image:height')).toEqual(['630']);
    expect(meta(sitePath, 'og:image:type')).toEqual(['image/png']);
    expect(meta(sitePath, 'og:image:alt')[0]).toContain(alt);
    expect(meta(sitePath, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(sitePath, 'twitter:image')).toEqual([image]);
  });

  it('are drawn for every section, every topic with a published story and every author, and nothing else', () => {
    expect(allCards().filter((card) => card.includes('/'))).toEqual([
      'author/alice-adams.png',
      'author/bob-brown.png',
      'section/news.png',
      'section/sport.png',
      'site/home.png',
      'tag/budget.png',
      'tag/city-council.png',
      'tag/harbor-bridge.png',
    ]);
  });

  it('never leave a page announcing an SVG, which Facebook, X and LinkedIn do not show', () => {
    for (const sitePath of ['/', '/news/', '/tags/', '/tags/budget/', '/authors/', '/authors/bob-brown/', '/archive/'])
      expect(meta(sitePath, 'og:image')[0], sitePath).toMatch(/\.png$/);
  });
});

describe('the publisher’s logo in structured data', () => {
  const publishers = (sitePath: string) => {
    const $ = page(build.outDir, sitePath);
    return $('script[type="application/ld+json"]')
      .map((_, element) => JSON.parse($(element).text()) as { publisher?: { logo?: Record<string, unknown> } })
      .get()
      .flatMap((block) => (block.publisher ? [block.publisher] : []));
  };

  it('is a 512×512 PNG the site serves, on articles and on the home page', async () => {
    const logos = [...publishers('/news/2026/10/31/late-night-vote/'), ...publishers('/')].map(
      (publisher) => publisher.logo,
    );
    expect(logos).toHaveLength(2);
    for (const logo of logos) {
      expect(logo).toEqual({
        '@type': 'ImageObject',
        url: 'https://meridianpost.example/logo.png',
        width: 512,
        height: 512,
      });
      expect(await pngSize(readFileSync(fileOf(logo!.url as string)))).toEqual({ width: 512, height: 512 });
    }
  });
});
