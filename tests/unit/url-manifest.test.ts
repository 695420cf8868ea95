import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../src/lib/pages/built-page.ts';
import {
  baseChange,
  isNumberedPage,
  manifestEntry,
  lostUrls,
  parseManifest,
  sitePathIn,
  urlOfOutputFile,
  type UrlManifest,
} from '../../src/lib/urls/url-manifest.ts';

describe('urlOfOutputFile', () => {
  it('gives pages their directory URL and documents their file URL', () => {
    expect(urlOfOutputFile('index.html')).toBe('/');
    expect(urlOfOutputFile('city/2026/11/20/bridge/index.html')).toBe('/city/2026/11/20/bridge/');
    expect(urlOfOutputFile('feed.xml')).toBe('/feed.xml');
    expect(urlOfOutputFile('tags/ferries/feed.xml')).toBe('/tags/ferries/feed.xml');
    expect(urlOfOutputFile('robots.txt')).toBe('/robots.txt');
  });

  it('leaves out assets, the search index, the 404 page and the manifest itself', () => {
    for (const file of [
      '_astro/site.css',
      'social/bridge.png',
      'social/section/city.png',
      'logo.png',
      'pagefind/pagefind-entry.json',
      '404.html',
      'urls.json',
      '_redirects',
      'favicon.svg',
    ]) {
      expect(urlOfOutputFile(file), file).toBeUndefined();
    }
  });
});

describe('manifestEntry', () => {
  it('tells a page, a meta-refresh redirect, a removed-story notice and a plain file apart', () => {
    const page = (head: string) => readBuiltPage(`<html><head><title>x</title>${head}</head></html>`);
    expect(manifestEntry('/a/', page(''))).toEqual({ url: '/a/', kind: 'page' });
    expect(manifestEntry('/old/', page('<meta http-equiv="refresh" content="0; url=/new/">'))).toEqual({
      url: '/old/',
      kind: 'redirect',
      to: '/new/',
    });
    expect(manifestEntry('/gone/', page('<meta name="dateline-status" content="removed">'))).toEqual({
      url: '/gone/',
      kind: 'removed',
    });
    expect(manifestEntry('/feed.xml', undefined)).toEqual({ url: '/feed.xml', kind: 'file' });
  });
});

describe('parseManifest', () => {
  it('reads a manifest and says clearly what is wrong with anything else', () => {
    expect(
      parseManifest('{"site":"https://x.example","preview":false,"urls":[{"url":"/","kind":"page"}]}', 'a.json'),
    ).toEqual({
      site: 'https://x.example',
      preview: false,
      urls: [{ url: '/', kind: 'page' }],
    });
    expect(() => parseManifest('<html>', 'a.json')).toThrow(/^a\.json is not JSON/);
    expect(() => parseManifest('{"pages":[]}', 'a.json')).toThrow('a.json has no "urls" list');
    expect(() => parseManifest('{"urls":[{"url":"/","kind":"gone"}]}', 'a.json')).toThrow('a.json: urls[0] must be');
  });
});

describe('lostUrls', () => {
  const manifest = (urls: UrlManifest['urls']): UrlManifest => ({ site: 'https://x.example', preview: false, urls });

  it('lists earlier URLs that are now neither served nor redirected, guessing where a story moved', () => {
    const before = manifest([
      { url: '/city/2026/11/20/bridge/', kind: 'page' },
      { url: '/city/2026/11/21/ferry/', kind: 'page' },
      { url: '/old/', kind: 'redirect', to: '/city/2026/11/20/bridge/' },
      { url: '/gone/', kind: 'removed' },
    ]);
    const after = manifest([
      { url: '/city/2026/11/20/bridge/', kind: 'page' },
      { url: '/politics/2026/11/21/ferry/', kind: 'page' },
      { url: '/gone/', kind: 'removed' },
    ]);
    expect(lostUrls(before, after)).toEqual([
      { url: '/city/2026/11/21/ferry/', kind: 'page', movedTo: ['/politics/2026/11/21/ferry/'] },
      { url: '/old/', kind: 'redirect', to: '/city/2026/11/20/bridge/', movedTo: [] },
    ]);
    expect(lostUrls(before, before)).toEqual([]);
  });

  it('knows numbered listing pages, which shrink when stories are removed', () => {
    expect(isNumberedPage('/city/page/7/')).toBe(true);
    expect(isNumberedPage('/city/2026/11/20/page/')).toBe(false);
  });
});

describe('the manifest of a site served under a path', () => {
  const underNews: UrlManifest = {
    site: 'https://user.github.io/news',
    preview: false,
    urls: [{ url: '/news/city/2026/11/20/bridge/', kind: 'page' }],
  };
  const atRoot: UrlManifest = { ...underNews, site: 'https://news.example', urls: [] };

  it('names the site path of a URL, as aliases are written', () => {
    expect(sitePathIn(underNews, '/news/city/2026/11/20/bridge/')).toBe('/city/2026/11/20/bridge/');
    expect(sitePathIn(atRoot, '/city/')).toBe('/city/');
    expect(sitePathIn({ ...atRoot, site: '' }, '/city/')).toBe('/city/');
  });

  it('tells when the base changed between two builds, and only then', () => {
    expect(baseChange(atRoot, underNews)).toEqual({ from: '/', to: '/news/' });
    expect(baseChange(underNews, underNews)).toBeUndefined();
    expect(baseChange(atRoot, { ...atRoot, site: 'https://other.example' })).toBeUndefined();
  });
});
