import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';
import { pageSignals, sitemapSerializer } from '../../src/lib/sitemap.ts';
import { scratchDir } from '../helpers/site.ts';

const page = (head: string) => `<!doctype html><html><head><title>x</title>${head}</head><body><p>Body</p></body></html>`;

describe('what a built page tells the sitemap', () => {
  it('an article is last modified at its article:modified_time, else its published time', () => {
    expect(pageSignals(page('<meta property="article:published_time" content="2026-11-20T13:30:00.000Z"><meta property="article:modified_time" content="2026-11-20T18:00:00.000Z">'))).toEqual({
      noindex: false,
      lastModified: new Date('2026-11-20T18:00:00.000Z'),
    });
    expect(pageSignals(page('<meta property="article:published_time" content="2026-11-20T13:30:00.000Z">')).lastModified).toEqual(new Date('2026-11-20T13:30:00.000Z'));
  });

  it('a page that asks not to be indexed says so', () => {
    expect(pageSignals(page('<meta name="robots" content="noindex, nofollow">')).noindex).toBe(true);
    expect(pageSignals(page('<meta name="ROBOTS" content="None">')).noindex).toBe(true);
    expect(pageSignals(page('<meta name="robots" content="max-image-preview:large">')).noindex).toBe(false);
  });

  it('ignores the body, where an article may quote any markup', () => {
    const quoting = '<!doctype html><html><head><title>x</title></head><body><meta name="robots" content="noindex"></body></html>';
    expect(pageSignals(quoting).noindex).toBe(false);
  });
});

describe('the sitemap serializer', () => {
  const dist = scratchDir('sitemap');
  const write = (path: string, html: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  };
  write('news/2026/11/20/vote', page('<meta property="article:published_time" content="2026-11-20T13:30:00.000Z">'));
  write('preview/draft', page('<meta name="robots" content="noindex, nofollow">'));
  write('news', page(''));
  const serialize = sitemapSerializer(dist);

  it('dates article URLs', () => {
    expect(serialize({ url: 'https://news.example/news/2026/11/20/vote/' })).toEqual({
      url: 'https://news.example/news/2026/11/20/vote/',
      lastmod: '2026-11-20T13:30:00.000Z',
    });
  });

  it('drops noindex pages and keeps other pages as they are', () => {
    expect(serialize({ url: 'https://news.example/preview/draft/' })).toBeUndefined();
    expect(serialize({ url: 'https://news.example/news/' })).toEqual({ url: 'https://news.example/news/' });
    expect(serialize({ url: 'https://news.example/not-built/' })).toEqual({ url: 'https://news.example/not-built/' });
  });
});

describe('robots.txt', () => {
  it('lets crawlers in and points them to both sitemaps by absolute URL', () => {
    expect(robotsTxt({ origin: 'https://news.example', sitemapPaths: ['/sitemap-index.xml', '/news-sitemap.xml'], preview: false })).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example/sitemap-index.xml\nSitemap: https://news.example/news-sitemap.xml\n',
    );
  });

  it('keeps crawlers out of a preview build and points them nowhere', () => {
    expect(robotsTxt({ origin: 'https://news.example', sitemapPaths: ['/sitemap-index.xml'], preview: true })).toBe('User-agent: *\nDisallow: /\n');
  });
});
