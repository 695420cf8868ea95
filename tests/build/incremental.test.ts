/**
 * Astro's incremental build reuses a page from the last build when its cacheKey and code are unchanged.
 * A key that missed something a page shows would publish stale pages; here one story's headline is
 * edited and every page and feed that shows it must carry the new one, while an unrelated page is reused;
 * a build on the next day renders the front page again and reuses the articles.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, sitePathOf } from '../gates/site-files.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult, type ContentFiles } from '../helpers/site.ts';

const OLD_HEADLINE = 'Council votes after midnight';
const NEW_HEADLINE = 'Council votes at last, after midnight';
const EDITED = '/news/2026/10/31/late-night-vote/';
const OLD_PHOTO_STORY = '/sport/2026/06/01/lighthouse-photo/';

/** The fixture newsroom plus an older sport story with a photo, whose related stories share its tag. */
function withPhotoStory(): ContentFiles {
  const files = newsroomFixture();
  files.articles!['sport/lighthouse-photo'] = {
    data: {
      headline: 'The lighthouse at dawn',
      byline: 'bob-brown',
      publishedAt: '2026-06-01T10:00:00Z',
      section: 'sport',
      // Its related stories are scored by this tag, so newer stories elsewhere leave its page as it was.
      tags: ['Budget'],
      image: { src: 'harbor.jpg', alt: 'The lighthouse at dawn' },
    },
    body: 'The lighthouse, photographed at dawn.\n',
  };
  return files;
}

/** More than a feed's worth of newer news stories, in a tag of their own. */
const newerStories: ContentFiles = {
  articles: Object.fromEntries(
    Array.from({ length: 60 }, (_, index) => [
      `briefing-${index + 1}`,
      {
        data: {
          headline: `Council briefing ${index + 1}`,
          byline: 'alice-adams',
          publishedAt: `2026-09-${String((index % 28) + 1).padStart(2, '0')}T09:00:00Z`,
          section: 'news',
          tags: ['Briefings'],
        },
        body: `Briefing ${index + 1}.\n`,
      },
    ]),
  ),
};

/** The site-relative paths of the share images the built pages announce (og:image). */
function announcedImages(dist: string): string[] {
  const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
  return [
    ...new Set(
      pages.flatMap((file) =>
        page(
          dist,
          sitePathOf(dist, file),
        )('meta[property="og:image"]')
          .map((_, meta) => new URL(meta.attribs.content ?? '').pathname)
          .get(),
      ),
    ),
  ];
}

/** Site paths of the built text files (pages, feeds, sitemaps, JSON) that contain `text`. */
function pathsShowing(dist: string, text: string): string[] {
  return filesUnder(dist)
    .filter((file) => /\.(html|xml|json)$/.test(file) && readFileSync(file, 'utf8').includes(text))
    .map((file) => sitePathOf(dist, file))
    .sort();
}

describe('a rebuild after one story is edited', () => {
  let before: string[];
  let rebuild: BuildResult;

  beforeAll(() => {
    const content = writeContent(scratchDir('incremental'), newsroomFixture());
    const first = buildSite(content, { now: BUILD_NOW });
    expect(first.status, first.output).toBe(0);
    before = pathsShowing(first.outDir, OLD_HEADLINE);
    const file = join(content, 'articles/late-night-vote.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(OLD_HEADLINE, NEW_HEADLINE));
    rebuild = buildSite(content, { now: BUILD_NOW });
    expect(rebuild.status, rebuild.output).toBe(0);
  }, 240_000);

  it('shows the new headline wherever the old one was: its page, listings, other stories’ related lists, feeds', () => {
    // What the old headline was on, so the check below covers every kind of page.
    expect(before).toEqual(
      expect.arrayContaining([
        EDITED,
        '/',
        '/news/',
        '/tags/city-council/',
        '/authors/alice-adams/',
        '/news/feed.xml',
        '/feed.xml',
      ]),
    );
    expect(
      before.filter((path) => path !== EDITED && /^\/\w+\/\d{4}\//.test(path)).length,
      'another article lists it as related',
    ).toBeGreaterThan(0);
    expect(pathsShowing(rebuild.outDir, OLD_HEADLINE)).toEqual([]);
    expect(pathsShowing(rebuild.outDir, NEW_HEADLINE)).toEqual(before);
  });

  it('reuses the pages that do not show the story', () => {
    // Astro says "cached" for a page it keeps where the build started from the last site, and "restored"
    // for one it copies back from its own cache.
    expect(rebuild.output).toMatch(/\/authors\/bob-brown\/index\.html \((?:cached|restored)\)/);
    expect(rebuild.output).not.toMatch(/\/news\/2026\/10\/31\/late-night-vote\/index\.html \((?:cached|restored)\)/);
  });
});

describe('a rebuild after newer stories push an older one out of the site-wide feeds', () => {
  it('still builds the share image its reused article page announces', () => {
    const content = writeContent(scratchDir('incremental-images'), withPhotoStory());
    const first = buildSite(content, { now: BUILD_NOW });
    expect(first.status, first.output).toBe(0);
    // In the first build the site-wide feed announces the photo too; after the newer stories it does not.
    expect(readFileSync(join(first.outDir, 'feed.xml'), 'utf8')).toContain('lighthouse-photo');
    writeContent(content, newerStories);
    const rebuild = buildSite(content, { now: BUILD_NOW });
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(readFileSync(join(rebuild.outDir, 'feed.xml'), 'utf8')).not.toContain('lighthouse-photo');
    expect(rebuild.output).toMatch(/\/sport\/2026\/06\/01\/lighthouse-photo\/index\.html \((?:cached|restored)\)/);

    const photo = page(rebuild.outDir, OLD_PHOTO_STORY)('meta[property="og:image"]').attr('content') ?? '';
    expect(new URL(photo).pathname).toMatch(/^\/_astro\/.+\.jpe?g$/);
    const missing = announcedImages(rebuild.outDir).filter(
      (path) => !existsSync(join(rebuild.outDir, decodeURIComponent(path))),
    );
    expect(missing).toEqual([]);
  }, 240_000);
});

describe('a build on the next day, with nothing else changed', () => {
  it('dates the front page anew and reuses every article page, which carries no date of the build', () => {
    const content = writeContent(scratchDir('incremental-next-day'), newsroomFixture());
    const first = buildSite(content, { now: BUILD_NOW });
    expect(first.status, first.output).toBe(0);
    const frontPageDate = (dist: string) => page(dist, '/')('.masthead__date time').attr('datetime');
    const firstDate = frontPageDate(first.outDir);
    expect(firstDate).toBeDefined();
    const nextDay = new Date(Date.parse(BUILD_NOW) + 24 * 60 * 60 * 1000).toISOString();
    const next = buildSite(content, { now: nextDay });
    expect(next.status, next.output).toBe(0);
    expect(frontPageDate(next.outDir)).not.toBe(firstDate);
    expect(page(next.outDir, EDITED)('.masthead__date')).toHaveLength(0);
    expect(next.output).toMatch(/\/news\/2026\/10\/31\/late-night-vote\/index\.html \((?:cached|restored)\)/);
  }, 240_000);
});
