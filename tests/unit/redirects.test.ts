import { describe, expect, it } from 'vitest';
import {
  addressConflicts,
  fileRedirects,
  isServed,
  livePages,
  redirectsFile,
  redirectsOf,
  unservedRedirectTargets,
} from '../../src/lib/urls/redirects.ts';

const story = (filePath: string, url: string, tags: string[] = [], aliases?: string[]) => ({
  slug: url.split('/').at(-2) ?? '',
  filePath,
  url,
  data: { tags, publishedAt: new Date('2026-11-20T15:00:00Z'), type: 'news' as const, aliases },
});

const stories = [
  story('articles/bridge.md', '/city/2026/11/20/bridge/', ['Harbor Bridge'], ['/city/2026/11/19/bridge-opens/']),
  story('articles/budget.md', '/politics/2026/11/20/budget/'),
];
const pages = livePages({
  stories,
  sections: [{ id: 'city', filePath: 'sections/city.md' }],
  authors: [{ id: 'alice', filePath: 'authors/alice.md' }],
  standingPages: [{ id: 'about', filePath: 'pages/about.md' }],
  timeZone: 'America/New_York',
});

describe('livePages', () => {
  it('claims no tag page for a tag that makes none (no letters or digits for a slug)', () => {
    const punctuationOnly = livePages({
      stories: [story('articles/odd.md', '/city/2026/11/20/odd/', ['???'])],
      sections: [],
      authors: [],
      standingPages: [],
      timeZone: 'UTC',
    });
    expect([...punctuationOnly.keys()].filter((path) => path.startsWith('/tags/'))).toEqual(['/tags/']);
  });

  it('knows every page the content makes and which file makes it', () => {
    expect(Object.fromEntries(pages)).toEqual({
      '/': 'the site itself',
      '/archive/': 'the site itself',
      '/tags/': 'the site itself',
      '/authors/': 'the site itself',
      '/corrections/': 'the site itself',
      '/city/2026/11/20/bridge/': 'articles/bridge.md',
      '/politics/2026/11/20/budget/': 'articles/budget.md',
      '/city/': 'sections/city.md',
      '/authors/alice/': 'authors/alice.md',
      '/about/': 'pages/about.md',
      '/tags/harbor-bridge/': 'the tag "Harbor Bridge" of articles/bridge.md',
      '/archive/2026/11/': 'the archive of 2026-11 (articles/bridge.md)',
    });
  });
});

describe('addressConflicts', () => {
  it('accepts old addresses no page uses', () => {
    expect(
      addressConflicts(
        redirectsOf(stories),
        [{ url: '/city/2026/01/01/gone/', reason: 'Legal.' }],
        pages,
        'removed.yaml',
      ),
    ).toEqual([]);
  });

  it('names both files when an alias is a live page, a numbered listing page or claimed twice', () => {
    const redirects = [
      { from: '/politics/2026/11/20/budget/', to: '/city/2026/11/20/bridge/', filePath: 'articles/bridge.md' },
      { from: '/city/page/2/', to: '/city/2026/11/20/bridge/', filePath: 'articles/bridge.md' },
      { from: '/old/', to: '/city/2026/11/20/bridge/', filePath: 'articles/bridge.md' },
      { from: '/old/', to: '/politics/2026/11/20/budget/', filePath: 'articles/budget.md' },
      { from: '/politics/2026/11/20/budget/', to: '/politics/2026/11/20/budget/', filePath: 'articles/budget.md' },
    ];
    expect(
      addressConflicts(redirects, [], pages, 'removed.yaml').map(({ file, message }) => `${file}: ${message}`),
    ).toEqual([
      'articles/bridge.md: alias "/politics/2026/11/20/budget/" is the URL of a live page, made by articles/budget.md; an alias must be an address no page uses any more',
      'articles/bridge.md: alias "/city/page/2/" is the URL of a live page, made by the listing /city/ (sections/city.md), which numbers its pages /city/page/2/ and on; an alias must be an address no page uses any more',
      'articles/budget.md: alias "/old/" is also claimed by articles/bridge.md; an old address can redirect to one article only',
      'articles/budget.md: alias "/politics/2026/11/20/budget/" is this article\'s own URL; list only the addresses it had before',
    ]);
  });

  it('refuses a removed URL that is still served, aliased or listed twice', () => {
    const removed = [
      { url: '/city/', reason: 'x' },
      { url: '/city/2026/11/19/bridge-opens/', reason: 'x' },
      { url: '/gone/', reason: 'x' },
      { url: '/gone/', reason: 'y' },
    ];
    expect(
      addressConflicts(redirectsOf(stories), removed, pages, 'content/removed.yaml').map(
        ({ file, address, message }) => [file, address, message],
      ),
    ).toEqual([
      [
        'content/removed.yaml',
        '/city/',
        '"/city/" is listed as removed but is still served: it is made by sections/city.md',
      ],
      [
        'content/removed.yaml',
        '/city/2026/11/19/bridge-opens/',
        '"/city/2026/11/19/bridge-opens/" is listed as removed but articles/bridge.md claims it as an alias; keep one of the two',
      ],
      ['content/removed.yaml', '/gone/', '"/gone/" is listed as removed twice'],
    ]);
  });
});

it('redirectsFile writes one sorted 301 rule a line, as Netlify and Cloudflare Pages read them', () => {
  expect(
    redirectsFile([
      { from: '/b/', to: '/new-b/' },
      { from: '/a/', to: '/new-a/' },
    ]),
  ).toBe('/a/ /new-a/ 301\n/b/ /new-b/ 301\n');
  expect(redirectsFile([])).toBe('');
});

describe('content/redirects.yaml', () => {
  const fromFile = fileRedirects([
    { id: 'redirects.yaml:1', filePath: 'content/redirects.yaml', data: { from: '/category/city/', to: '/city/' } },
    { id: 'redirects.yaml:3', filePath: 'content/redirects.yaml', data: { from: '/feed/', to: '/feed.xml' } },
    { id: 'redirects.yaml:5', filePath: 'content/redirects.yaml', data: { from: '/tag/gone/', to: '/tags/gone/' } },
    { id: 'redirects.yaml:7', filePath: 'content/redirects.yaml', data: { from: '/city/', to: '/tags/' } },
  ]);

  it('reads each entry as a redirect at its line', () => {
    expect(fromFile[0]).toEqual({ from: '/category/city/', to: '/city/', filePath: 'content/redirects.yaml', line: 1 });
  });

  it('must lead to a page or a file the site serves', () => {
    expect(
      unservedRedirectTargets(fromFile, pages).map(({ file, field, address }) => ({ file, field, address })),
    ).toEqual([{ file: 'content/redirects.yaml:5', field: 'to', address: '/tags/gone/' }]);
    // Articles' aliases lead to their article, which is always served.
    expect(unservedRedirectTargets(redirectsOf(stories), pages)).toEqual([]);
  });

  it('may not take a live page’s address, nor one an alias claims', () => {
    const claimed = [
      ...redirectsOf(stories),
      ...fileRedirects([
        {
          id: 'redirects.yaml:9',
          filePath: 'content/redirects.yaml',
          data: { from: '/city/2026/11/19/bridge-opens/', to: '/city/' },
        },
      ]),
    ];
    const problems = addressConflicts([...fromFile, ...claimed], [], pages, 'removed.yaml');
    expect(problems.map(({ file, field, message }) => `${file}: ${field}: ${message}`)).toEqual([
      'content/redirects.yaml:7: from: redirect from "/city/" is the URL of a live page, made by sections/city.md; an old address must be an address no page uses any more',
      'content/redirects.yaml:9: from: redirect from "/city/2026/11/19/bridge-opens/" is also claimed by articles/bridge.md; an old address can redirect to one page only',
    ]);
  });
});

it('knows a listing’s feed is served only when the listing is', () => {
  expect(isServed('/city/feed.xml', pages)).toBe(true);
  expect(isServed('/nowhere/feed.xml', pages)).toBe(false);
  expect(isServed('/tags/harbor-bridge/feed.xml', pages)).toBe(true);
  expect(isServed('/tags/no-such-topic/feed.xml', pages)).toBe(false);
  expect(isServed('/feed.xml', pages)).toBe(true);
});
