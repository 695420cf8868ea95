/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build is not rendered again, its earlier output is reused. A key must
 * therefore cover everything the page shows: its props (stories, sections, authors …) and what every
 * page shows besides them (`shared`: the section menu, author names, the footer's year …).
 *
 * A story in the props counts by the digest of the whole story (data and body), worked out once per
 * build, so a listing of twenty stories is not serialised again for every page that lists them.
 */
import { cacheKey } from '../content/digest.ts';

export type PageCacheKey = (props: unknown) => string;

export function pageCacheKeys(shared: unknown, stories: readonly object[]): PageCacheKey {
  const digests = new WeakMap(stories.map((story) => [story, cacheKey(story)]));
  const sharedDigest = cacheKey(shared);
  // Dates reach the replacer already turned into strings by their toJSON.
  const replace = (_key: string, value: unknown) => {
    // JSON writes a Map or Set as {}: whatever it holds would drop out of the key unseen.
    if (value instanceof Map || value instanceof Set)
      throw new Error('A page cache key cannot hold a Map or Set: pass an array or a plain object');
    return (typeof value === 'object' && value !== null && digests.get(value)) || value;
  };
  return (props) => cacheKey([sharedDigest, props], replace);
}
