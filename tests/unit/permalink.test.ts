import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  ARTICLE_FILES_GLOB,
  siteBase,
  archiveMonthPath,
  articleAddress,
  articlePath,
  articleSlug,
  tagPath,
  tagSlug,
  withBase,
  withoutBase,
} from '../../src/lib/urls/permalink.ts';

describe('articlePath', () => {
  it('puts section, date and slug in the URL', () => {
    expect(
      articlePath(
        { section: 'city', slug: 'bridge-reopens', publishedAt: new Date('2026-11-20T13:30:00Z') },
        'America/New_York',
      ),
    ).toBe('/city/2026/11/20/bridge-reopens/');
  });

  it('takes the date in the publication time zone, not UTC', () => {
    // 02:00 UTC on the 21st is still the evening of the 20th in New York.
    const late = new Date('2026-11-21T02:00:00Z');
    expect(articlePath({ section: 'city', slug: 'late', publishedAt: late }, 'America/New_York')).toBe(
      '/city/2026/11/20/late/',
    );
    expect(articlePath({ section: 'city', slug: 'late', publishedAt: late }, 'Europe/Berlin')).toBe(
      '/city/2026/11/21/late/',
    );
  });
});

describe('ARTICLE_FILES_GLOB', () => {
  const builtFile = (path: string) => `${path.slice(1)}index.html`;

  it('matches the built file of every article page and of no listing page', () => {
    const article = articlePath(
      { section: 'city', slug: 'bridge-reopens', publishedAt: new Date('2026-11-20T13:30:00Z') },
      'America/New_York',
    );
    expect(matchesGlob(builtFile(article), ARTICLE_FILES_GLOB)).toBe(true);
    for (const listing of [
      '/',
      '/city/',
      '/city/page/2/',
      tagPath('harbor'),
      archiveMonthPath('2026', '11'),
      '/authors/alice-adams/',
      '/search/',
    ]) {
      expect(matchesGlob(builtFile(listing), ARTICLE_FILES_GLOB), listing).toBe(false);
    }
  });
});

describe('tag slugs', () => {
  it('are stable, lowercase and URL-safe while the tag keeps its spelling', () => {
    expect(tagSlug('City Council')).toBe('city-council');
    expect(tagSlug('  City Council ')).toBe('city-council');
    expect(tagPath('AI & Jobs')).toBe('/tags/ai--jobs/');
  });

  it('keep non-Latin scripts readable', () => {
    expect(tagSlug('Économie')).toBe('économie');
    expect(tagSlug('東京')).toBe('東京');
  });
});

describe('articleSlug', () => {
  it('uses the file name unless frontmatter overrides it', () => {
    expect(articleSlug('2026/harbor-bridge', undefined)).toBe('harbor-bridge');
    expect(articleSlug('2026/harbor-bridge', 'bridge')).toBe('bridge');
  });
});

describe('articleAddress', () => {
  const publishedAt = new Date('2026-11-21T02:00:00Z');

  it.each([
    {
      case: 'the file name of a nested file',
      fileId: '2026/harbor-bridge',
      slug: undefined,
      expected: { slug: 'harbor-bridge', url: '/city/2026/11/20/harbor-bridge/' },
    },
    {
      case: 'the slug override',
      fileId: '2026/harbor-bridge',
      slug: 'bridge',
      expected: { slug: 'bridge', url: '/city/2026/11/20/bridge/' },
    },
  ])('publishes an article under $case, dated in the publication time zone', ({ fileId, slug, expected }) => {
    expect(articleAddress(fileId, { slug, section: 'city', publishedAt }, 'America/New_York')).toEqual(expected);
  });
});

describe('a site served at the root of its origin', () => {
  const site = 'https://news.example';

  it('has the base /, which leaves every path as it is', () => {
    expect(siteBase(site)).toBe('/');
    expect(withBase('/city/', site)).toBe('/city/');
    expect(withoutBase('/city/', site)).toBe('/city/');
  });

  it('makes absolute URLs by joining a path to the origin', () => {
    expect(absoluteUrl('/city/', site)).toBe('https://news.example/city/');
    expect(absoluteUrl('/', site)).toBe('https://news.example/');
  });
});

describe.each(['https://user.github.io/news', 'https://user.github.io/news/'])(
  'a site served under a path (%s, a GitHub Pages project site)',
  (site) => {
    it('takes its base from the path of its URL', () => {
      expect(siteBase(site)).toBe('/news/');
    });

    it.each([
      ['/', '/news/'],
      ['/city/', '/news/city/'],
      ['/city/2026/11/20/harbor-bridge-reopens/', '/news/city/2026/11/20/harbor-bridge-reopens/'],
      ['/feed.xml', '/news/feed.xml'],
      ['/pagefind/shards.json', '/news/pagefind/shards.json'],
    ])('serves the site path %s at %s, and reads it back', (path, served) => {
      expect(withBase(path, site)).toBe(served);
      expect(withoutBase(served, site)).toBe(path);
    });

    it('puts every absolute URL under the base', () => {
      expect(absoluteUrl('/city/', site)).toBe('https://user.github.io/news/city/');
      expect(absoluteUrl('/', site)).toBe('https://user.github.io/news/');
    });

    it('reads the base without its slash as the front page, and leaves a path outside the base as it is', () => {
      expect(withoutBase('/news', site)).toBe('/');
      expect(withoutBase('/newsroom/', site)).toBe('/newsroom/');
      expect(withoutBase('/other-project/', site)).toBe('/other-project/');
    });
  },
);

it('takes a deeper base path whole', () => {
  expect(siteBase('https://example.org/sites/news')).toBe('/sites/news/');
  expect(withBase('/tags/', 'https://example.org/sites/news')).toBe('/sites/news/tags/');
});
