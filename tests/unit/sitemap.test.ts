import { describe, expect, it } from 'vitest';
import { readBuiltPage, type BuiltPage } from '../../src/lib/pages/built-page.ts';
import { robotsTxt } from '../../src/lib/feeds/robots.ts';
import { sitemapSerializer } from '../../src/lib/feeds/sitemap.ts';

const page = (head: string) =>
  `<!doctype html><html><head><title>x</title>${head}</head><body><p>Body</p></body></html>`;

describe('the sitemap serializer', () => {
  const pages = new Map<string, BuiltPage>([
    [
      'news/2026/11/20/vote/index.html',
      readBuiltPage(page('<meta property="article:published_time" content="2026-11-20T13:30:00.000Z">')),
    ],
    ['preview/draft/index.html', readBuiltPage(page('<meta name="robots" content="noindex, nofollow">'))],
    ['news/index.html', readBuiltPage(page(''))],
    ['index.html', readBuiltPage(page('<meta name="robots" content="noindex">'))],
  ]);
  const serialize = sitemapSerializer(() => pages, 'https://news.example');

  it('dates article URLs', () => {
    expect(serialize({ url: 'https://news.example/news/2026/11/20/vote/' })).toEqual({
      url: 'https://news.example/news/2026/11/20/vote/',
      lastmod: '2026-11-20T13:30:00.000Z',
    });
  });

  it('drops noindex pages and keeps other pages as they are', () => {
    expect(serialize({ url: 'https://news.example/preview/draft/' })).toBeUndefined();
    expect(serialize({ url: 'https://news.example/' })).toBeUndefined();
    expect(serialize({ url: 'https://news.example/news/' })).toEqual({ url: 'https://news.example/news/' });
    expect(serialize({ url: 'https://news.example/not-built/' })).toEqual({ url: 'https://news.example/not-built/' });
  });
});

it('finds the built page of a URL under the base of a site served below its origin', () => {
  const pages = new Map<string, BuiltPage>([
    ['city/index.html', readBuiltPage(page('<meta name="robots" content="noindex">'))],
    [
      'city/2026/11/20/vote/index.html',
      readBuiltPage(page('<meta property="article:published_time" content="2026-11-20T13:30:00.000Z">')),
    ],
  ]);
  const serialize = sitemapSerializer(() => pages, 'https://user.github.io/news');
  expect(serialize({ url: 'https://user.github.io/news/city/' })).toBeUndefined();
  expect(serialize({ url: 'https://user.github.io/news/city/2026/11/20/vote/' })).toEqual({
    url: 'https://user.github.io/news/city/2026/11/20/vote/',
    lastmod: '2026-11-20T13:30:00.000Z',
  });
});

describe('robots.txt', () => {
  it('lets crawlers in and points them to both sitemaps by absolute URL', () => {
    expect(
      robotsTxt({
        origin: 'https://news.example',
        sitemapPaths: ['/sitemap-index.xml', '/news-sitemap.xml'],
        preview: false,
      }),
    ).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/news-sitemap.xml\n',
    );
  });

  it('speaks of the base of a site served below its origin, for the robots.txt at the origin to take over', () => {
    expect(
      robotsTxt({ origin: 'https://user.github.io/news', sitemapPaths: ['/sitemap-index.xml'], preview: false }),
    ).toBe('User-agent: *\nAllow: /news/\n\nSitemap: https://user.github.io/news/sitemap-index.xml\n');
    expect(robotsTxt({ origin: 'https://user.github.io/news', sitemapPaths: [], preview: true })).toBe(
      'User-agent: *\nDisallow: /news/\n',
    );
  });

  it('keeps crawlers out of a preview build and points them nowhere', () => {
    expect(robotsTxt({ origin: 'https://news.example', sitemapPaths: ['/sitemap-index.xml'], preview: true })).toBe(
      'User-agent: *\nDisallow: /\n',
    );
  });
});
