import { describe, expect, it } from 'vitest';
import type { Pagefind, PagefindHit } from '../../src/lib/search/search-results.ts';
import {
  BUNDLE_FILTER,
  filesByShard,
  hasSearchBody,
  readShardsManifest,
  searchBundles,
  searchedPart,
  shardBundlePath,
} from '../../src/lib/search/search-shards.ts';

describe('search shards', () => {
  it('groups article pages by publication year, newest year first, each year in date order', () => {
    const shards = filesByShard([
      'city/2025/03/01/b/index.html',
      'sport/2026/01/02/c/index.html',
      'city/2026/11/20/a/index.html',
      'news/2024/12/31/d/index.html',
    ]);
    expect([...shards]).toEqual([
      ['2026-1', ['sport/2026/01/02/c/index.html', 'city/2026/11/20/a/index.html']],
      ['2025-1', ['city/2025/03/01/b/index.html']],
      ['2024-1', ['news/2024/12/31/d/index.html']],
    ]);
  });

  it('cuts a year into shards of at most the shard size, counted from its first story, newest shard first', () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((slug, day) => `city/2026/01/0${day + 1}/${slug}/index.html`);
    expect([...filesByShard([...files].reverse(), 2)]).toEqual([
      ['2026-3', [files[4]]],
      ['2026-2', [files[2], files[3]]],
      ['2026-1', [files[0], files[1]]],
    ]);
    // A new story, the newest, changes only the newest shard.
    const withNewStory = filesByShard([...files, 'news/2026/02/01/f/index.html'], 2);
    expect(withNewStory.get('2026-1')).toEqual([files[0], files[1]]);
    expect(withNewStory.get('2026-2')).toEqual([files[2], files[3]]);
  });

  it('names a file that is no article page', () => {
    expect(() => filesByShard(['archive/2026/11/index.html'])).toThrow(
      'archive/2026/11/index.html is not an article page',
    );
  });

  it('puts every bundle below /pagefind/, where Pagefind takes result URLs from the site root', () => {
    expect(shardBundlePath('2026')).toBe('/pagefind/2026/');
  });

  it.each([
    [
      'the published article element',
      '<main><article class="article" data-pagefind-body><h1>A</h1></article></main>',
      true,
    ],
    ['the attribute with a value', '<article data-pagefind-body="">x</article>', true],
    ['a flagged draft, unmarked', '<main><article class="article"><h1>A</h1></article></main>', false],
    ['the words in a story’s text', '<p>Mark it data-pagefind-body to index it.</p>', false],
    ['a longer attribute of the same start', '<div data-pagefind-body-extra>x</div>', false],
  ])('tells whether a page has a part to index: %s', (_, html, expected) => {
    expect(hasSearchBody(html)).toBe(expected);
  });

  it('reads the bundles of the manifest in order, and names the manifest when it is not one', () => {
    expect(readShardsManifest({ bundles: ['/pagefind/2026/', '/pagefind/2025/'] })).toEqual([
      '/pagefind/2026/',
      '/pagefind/2025/',
    ]);
    expect(readShardsManifest({ bundles: [] })).toEqual([]);
    expect(() => readShardsManifest({ years: ['2026'] })).toThrow(
      '/pagefind/shards.json should be { "bundles": ["/pagefind/2026/", …] }, got {"years":["2026"]}',
    );
    expect(() => readShardsManifest(null)).toThrow('/pagefind/shards.json should be');
  });

  describe('asking the merged bundles', () => {
    const bundles = ['/pagefind/2026/', '/pagefind/2025/'];
    /** A Pagefind that answers each search with one hit, named after the bundle it was narrowed to or else the words. */
    function fakePagefind(): { pagefind: Pagefind; asked: Parameters<Pagefind['search']>[] } {
      const asked: Parameters<Pagefind['search']>[] = [];
      const hit = (name: string): PagefindHit => ({ data: async () => ({ url: name, excerpt: '', meta: {} }) });
      const pagefind: Pagefind = {
        options: async () => {},
        mergeIndex: async () => {},
        search: async (...args) => {
          asked.push(args);
          return { results: [hit(args[1].filters?.[BUNDLE_FILTER] ?? String(args[0]))] };
        },
      };
      return { pagefind, asked };
    }
    const urls = async (hits: PagefindHit[]) => Promise.all(hits.map(async (hit) => (await hit.data()).url));

    it('ranks words once across all the bundles', async () => {
      const { pagefind, asked } = fakePagefind();
      expect(
        await urls(await searchBundles(pagefind, bundles, { query: 'ferry', filters: { section: 'city' } })),
      ).toEqual(['ferry']);
      expect(asked).toEqual([['ferry', { filters: { section: 'city' } }]]);
    });

    it('lists without words one bundle at a time, newest year first', async () => {
      const { pagefind, asked } = fakePagefind();
      expect(await urls(await searchBundles(pagefind, bundles, { query: '', filters: { tag: 'ferries' } }))).toEqual(
        bundles,
      );
      expect(asked).toEqual(
        bundles.map((bundle) => [
          null,
          { filters: { tag: 'ferries', [BUNDLE_FILTER]: bundle }, sort: { published: 'desc' } },
        ]),
      );
    });
  });
});

describe('what Pagefind reads of a page, which keys its shard', () => {
  const page = ({ title = 'Bridge', body = '<p>Harbor</p>', after = '', outside = '' } = {}) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav${outside}>Menu</nav>` +
    `<main><article data-pagefind-body><h1>${title}</h1>${body}</article>${after}</main></body></html>`;

  it('stays the same when only what lies outside the marked body changes, such as related stories', () => {
    expect(searchedPart(page({ after: '<aside>Related: Ferry</aside>' }))).toBe(
      searchedPart(page({ after: '<aside>Related: Budget</aside>' })),
    );
  });

  it('changes with the marked body and with the head', () => {
    const part = searchedPart(page());
    expect(searchedPart(page({ body: '<p>Harbour</p>' }))).not.toBe(part);
    expect(searchedPart(page({ title: 'Tunnel' }))).not.toBe(part);
  });

  it('reads the marked body to its own end, past nested elements of its kind and quoted markup', () => {
    const nested = page({ body: '<article><p>Inner</p></article><p data-note="</article>">Tail</p>' });
    expect(searchedPart(nested)).toContain('Tail</p></article>');
    expect(searchedPart(page({ body: '<article><p>Inner</p></article><p>Tale</p>' }))).not.toBe(
      searchedPart(page({ body: '<article><p>Inner</p></article><p>Tail</p>' })),
    );
  });

  it('is the whole page when a Pagefind attribute stands outside the marked body', () => {
    const html = page({ outside: ' data-pagefind-filter="site:news"' });
    expect(searchedPart(html)).toBe(html);
  });
});
