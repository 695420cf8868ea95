/**
 * How the search index is split: Pagefind bundles of at most SHARD_SIZE articles, a publication year cut
 * into blocks, so a build indexes one shard at a time and a rebuild only the shards whose pages changed
 * (src/build/search-index.ts).
 * The bundles are listed newest first in a manifest the search page reads to merge them
 * (src/scripts/search-page.ts).
 */
import { tagsOf } from '../pages/html-tags.ts';
import { pagefindArguments, type Pagefind, type PagefindHit, type SearchRequest } from './search-results.ts';

const BUNDLES_FOLDER = 'pagefind/';

/** Site path of the folder of every bundle and the manifest: the search step's own (src/build/search-index.ts). */
export const SEARCH_BUNDLES_PATH = `/${BUNDLES_FOLDER}`;

/** Site path of the manifest: written after the pages are built, so the page cannot carry the list itself. */
export const SHARDS_MANIFEST_PATH = `${SEARCH_BUNDLES_PATH}shards.json`;

/**
 * Where the search page asks for the manifest: under the site's base, which Vite writes into the page's
 * script as Astro's BASE_URL (`/`, or `/news/` for SITE_URL=https://user.github.io/news/: astro.config.ts).
 * Code that no bundler builds (the build's own, which writes files rather than asking for URLs) has no
 * BASE_URL and reads `/`. Written out from constants, so the bundler puts the whole URL in the script.
 */
export const SHARDS_MANIFEST_URL = `${import.meta.env?.BASE_URL ?? '/'}${BUNDLES_FOLDER}shards.json`;

export interface ShardsManifest {
  /** The bundles' URLs as the search page asks for them, under the site's base (withBase), newest first. */
  bundles: string[];
}

/**
 * A shard's bundle. Pagefind makes result URLs relative to the folder above the first `pagefind` in its
 * bundle's path, so the shard sits below /pagefind/ and never in a name of its own like `pagefind-2026-1`.
 */
export const shardBundlePath = (shard: string): string => `${SEARCH_BUNDLES_PATH}${shard}/`;

/**
 * Most article pages in one bundle. A rebuild indexes again every shard one of whose pages changed, at
 * ~4 ms an article (Pagefind on two cores): 1,000 keep that to seconds, and Pagefind's indexer, which
 * holds ~470 KB an article while it indexes, to under 500 MB. Fewer articles a shard would make every
 * search ask more bundles: 100 for a 100,000-article archive at this size.
 */
export const SHARD_SIZE = 1000;

/** A file path `{section}/{yyyy}/{mm}/{dd}/{slug}/index.html` as the date it was published, then the rest. */
function datedPath(file: string): { year: string; sortKey: string } {
  const [section, year, month, day, slug] = file.split('/');
  if (!year || !month || !day || !slug || !/^\d{4}$/.test(year)) {
    throw new Error(`${file} is not an article page: expected {section}/{yyyy}/{mm}/{dd}/{slug}/index.html`);
  }
  return { year, sortKey: `${year}/${month}/${day}/${slug}/${section}` };
}

/**
 * Article page files (as ARTICLE_FILES_GLOB finds them, `/`-separated) in shards of at most `size`, newest
 * first: each publication year in date order, cut into blocks counted from the year's first story, so an
 * edit changes one shard, a new story the newest, and a story taken down only the later shards of its year.
 * A shard is named `{yyyy}-{n}`, n counting from 1 within the year.
 */
export function filesByShard(files: readonly string[], size = SHARD_SIZE): Map<string, string[]> {
  const years = new Map<string, { sortKey: string; file: string }[]>();
  for (const file of files) {
    const { year, sortKey } = datedPath(file);
    const yearFiles = years.get(year);
    if (yearFiles) yearFiles.push({ sortKey, file });
    else years.set(year, [{ sortKey, file }]);
  }
  const shards: [string, string[]][] = [];
  for (const [year, dated] of years) {
    const inOrder = dated.sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map(({ file }) => file);
    for (let start = 0; start < inOrder.length; start += size)
      shards.push([`${year}-${start / size + 1}`, inOrder.slice(start, start + size)]);
  }
  const newestFirst = (key: string) => key.split('-').map(Number) as [number, number];
  return new Map(
    shards.sort(([a], [b]) => newestFirst(b)[0] - newestFirst(a)[0] || newestFirst(b)[1] - newestFirst(a)[1]),
  );
}

/**
 * Whether a built page marks an element `data-pagefind-body`, as ArticleLayout does for a published story.
 * Pagefind indexes a whole page when no page of its index is marked, so a year of nothing but flagged
 * drafts (a preview build) must get no bundle at all. Text cannot hold a `<`, so only a tag matches.
 */
export const hasSearchBody = (html: string): boolean => /<[^>]+\sdata-pagefind-body[\s=>]/.test(html);

const SEARCH_BODY = /(?:^|\s)data-pagefind-body(?:[\s=]|$)/;

/**
 * The part of a built page Pagefind reads when the page marks its body (see hasSearchBody): the head
 * with the `<html>` tag before it, and the marked element with all it holds. A page built again with
 * changes only outside them (its related stories, the menu) then leaves its shard's digest, and its
 * bundle, as they were. A page with any other `data-pagefind-` attribute counts whole.
 */
export function searchedPart(html: string): string {
  let headEnd: number | undefined;
  let body: { name: string; start: number; end?: number; depth: number } | undefined;
  for (const tag of tagsOf(html)) {
    if (headEnd === undefined) {
      if (tag.closing && tag.name === 'head') headEnd = tag.end;
      else if (!tag.closing && tag.name === 'body') headEnd = tag.start;
      else continue;
    }
    if (body && body.end === undefined) {
      if (tag.name === body.name) body.depth += tag.closing ? -1 : 1;
      if (body.depth === 0) body.end = tag.end;
    } else if (!body && !tag.closing && SEARCH_BODY.test(tag.attributes)) {
      body = { name: tag.name, start: tag.start, depth: 1 };
    } else if (tag.attributes.includes('data-pagefind-')) {
      return html;
    }
  }
  if (headEnd === undefined || body?.end === undefined) return html;
  return html.slice(0, headEnd) + html.slice(body.start, body.end);
}

/** The bundles of the manifest as the search page fetched it, in their order. */
export function readShardsManifest(json: unknown): string[] {
  const bundles = (json as Partial<ShardsManifest> | null)?.bundles;
  if (!Array.isArray(bundles) || !bundles.every((bundle) => typeof bundle === 'string')) {
    throw new Error(
      `${SHARDS_MANIFEST_URL} should be { "bundles": ["/pagefind/2026/", …] }, got ${JSON.stringify(json)}`,
    );
  }
  return bundles;
}

/** The filter each bundle is merged with (its own path), so that one bundle can be asked on its own. */
export const BUNDLE_FILTER = 'bundle';

/**
 * Asks the merged bundles (the manifest's `bundles`, newest first) what a search request wants.
 * Words are ranked across the bundles by Pagefind. A listing without words is asked of one bundle at
 * a time and the answers put end to end: Pagefind scores a sorted result by its place in its own
 * bundle, so merged it would interleave the shards, while shards never overlap in time.
 */
export async function searchBundles(
  pagefind: Pagefind,
  bundles: readonly string[],
  request: SearchRequest,
): Promise<PagefindHit[]> {
  const [query, options] = pagefindArguments(request);
  if (query !== null) return (await pagefind.search(query, options)).results;
  const answers = await Promise.all(
    bundles.map((bundle) =>
      pagefind.search(null, { ...options, filters: { ...options.filters, [BUNDLE_FILTER]: bundle } }),
    ),
  );
  return answers.flatMap(({ results }) => results);
}
