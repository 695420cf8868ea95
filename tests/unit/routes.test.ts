import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reservedSections } from '../../src/lib/content/integrity.ts';
import { addressConflicts, livePages } from '../../src/lib/urls/redirects.ts';
import type { StoryType } from '../../src/lib/content/story-types.ts';
import { matchesProjectRoute, RESERVED_SECTION_IDS, SITE_ROUTES } from '../../src/lib/urls/routes.ts';

/** What the sample content below fills each route parameter with. */
const SAMPLE_PARAMETERS: Record<string, string> = {
  section: 'city',
  yyyy: '2026',
  mm: '11',
  dd: '20',
  slug: 'bridge',
  author: 'alice',
  tag: 'harbor',
  standing: 'about',
  type: 'opinion',
};

const addressOf = (pattern: string) =>
  pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = SAMPLE_PARAMETERS[name];
    if (!value)
      throw new Error(
        `${pattern}: no sample page for [${name}]; make livePages list the pages of this route, then give [${name}] a sample value here`,
      );
    return value;
  });

const story = (filePath: string, url: string, tags: string[], type: StoryType = 'news', aliases?: string[]) => ({
  slug: url.split('/').at(-2) ?? '',
  filePath,
  url,
  data: { tags, publishedAt: new Date('2026-11-20T15:00:00Z'), type, aliases },
});
const bridge = story('articles/bridge.md', '/city/2026/11/20/bridge/', ['Harbor']);
const budget = story('articles/budget.md', '/politics/2026/11/20/budget/', [], 'opinion');
const pages = livePages({
  stories: [bridge, budget],
  sections: [{ id: 'city', filePath: 'sections/city.md' }],
  authors: [{ id: 'alice', filePath: 'authors/alice.md' }],
  standingPages: [{ id: 'about', filePath: 'pages/about.md' }],
  timeZone: 'UTC',
});

const pageRoutes = SITE_ROUTES.filter((route) => route.pattern.endsWith('/') && route.kind !== 'retired');

it('has a row for every route in src/pages', () => {
  const pagesDir = fileURLToPath(new URL('../../src/pages', import.meta.url));
  const files = readdirSync(pagesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const routeFiles = files.map((entry) =>
    join(entry.parentPath, entry.name)
      .slice(pagesDir.length + 1)
      .split('\\')
      .join('/'),
  );
  expect(SITE_ROUTES.map((route) => route.file).sort()).toEqual(routeFiles.sort());
});

const firstSegments = [...new Set(pageRoutes.map((route) => route.pattern.split('/')[1]!))].filter(
  (segment) => segment !== '' && !segment.startsWith('['),
);

it.each(firstSegments)('keeps the first segment of its own pages, "%s", from sections', (segment) => {
  expect(reservedSections([{ id: segment, filePath: `sections/${segment}.md` }], RESERVED_SECTION_IDS)).toHaveLength(1);
});

it('reserves the section ids it always has, in the order editors are told them', () => {
  expect(RESERVED_SECTION_IDS).toEqual([
    'authors',
    'tags',
    'types',
    'archive',
    'corrections',
    'search',
    'page',
    'removed',
    '404',
  ]);
});

describe.each(pageRoutes)('the pages of $pattern', (route) => {
  const addresses =
    route.kind === 'listing'
      ? [addressOf(route.pattern), `${addressOf(route.pattern)}page/2/`]
      : [addressOf(route.pattern)];

  it.each(addresses)('are live, so %s may be neither an alias nor a removed URL', (address) => {
    const conflicts = addressConflicts(
      [{ from: address, to: budget.url, filePath: budget.filePath }],
      [{ url: address, reason: 'Legal.' }],
      pages,
      'removed.yaml',
    );
    expect(conflicts.map(({ message }) => message)).toEqual([
      expect.stringContaining(`alias "${address}" is the URL of a live page`),
      expect.stringContaining(`"${address}" is listed as removed but is still served`),
    ]);
  });
});

describe('matchesProjectRoute', () => {
  it('knows the addresses the project serves whatever the content: fixed pages, feeds, share cards and crawler files', () => {
    for (const path of [
      '/',
      '/search/',
      '/archive/',
      '/feed.xml',
      '/feed.json',
      '/city/feed.xml',
      '/tags/harbor/feed.xml',
      '/authors/alice/feed.xml',
      '/social/bridge.png',
      '/social/section/city.png',
      '/social/tag/harbor.png',
      '/social/author/alice.png',
      '/social/site/home.png',
      '/logo.png',
      '/robots.txt',
      '/news-sitemap.xml',
      '/404.html',
    ]) {
      expect(matchesProjectRoute(path), path).toBe(true);
    }
  });

  it('leaves the pages with parameters to the content, which alone knows which of them exist', () => {
    for (const path of [
      '/city/',
      '/city/2026/11/20/bridge/',
      '/tags/harbor/',
      '/archive/2026/11/',
      '/old-address/',
      '/social/bridge.jpg',
      '/social/section/city/page.png',
      '/city/2026/feed.xml',
    ]) {
      expect(matchesProjectRoute(path), path).toBe(false);
    }
  });
});
