/**
 * The old site's addresses, and what answers each of them after the move. A post's permalink becomes
 * an `aliases:` entry of its article (a redirect the build writes); a page that keeps its slug keeps its
 * address; category, tag and author archives, the feed and moved pages redirect to Dateline's own
 * addresses through content/redirects.yaml. All of them go into a list in the format
 * of the `urls.json` a Dateline build writes, so `npm run check:urls` can compare the new build with it.
 */
import type { ManifestEntry, UrlManifest } from '../urls/url-manifest.ts';
import { decodePercent } from './text.ts';

/** The path the WordPress home is served under: `/` for https://old.example, `/blog/` for https://old.example/blog. */
export function homeBase(home: string): string {
  try {
    return new URL(home).pathname.replace(/\/*$/, '/');
  } catch {
    return '/';
  }
}

/** Segment by segment: one that is not valid encoding stays as it is, and does not keep the others encoded. */
const decodePath = (path: string): string => path.split('/').map(decodePercent).join('/');

export type OldPath = { path: string } | { problem: string };

/**
 * An old URL as a path of the site, from its home (what `aliases:` holds): `https://old.example/blog/2019/05/slug/`
 * with home https://old.example/blog → `/2019/05/slug/`, percent-decoding undone. A URL without a trailing
 * slash gets one: a Dateline address is a folder. A query (`?p=12`, WordPress's plain permalinks) or a URL
 * elsewhere cannot be an alias.
 */
export function oldSitePath(url: string, home: string): OldPath {
  let parsed: URL;
  let homeUrl: URL;
  try {
    homeUrl = new URL(home);
    parsed = new URL(url, homeUrl);
  } catch {
    return { problem: `its address "${url}" is not a URL` };
  }
  if (parsed.host !== homeUrl.host) return { problem: `its address ${url} is not on the site's home ${home}` };
  if (parsed.search)
    return { problem: `its address ${url} is a query (plain permalinks), which a static site cannot redirect` };
  const base = homeBase(home);
  const path = `${parsed.pathname}/`.replace(/\/+$/, '/');
  if (!path.startsWith(base)) return { problem: `its address ${url} is not under the site's home ${home}` };
  const sitePath = decodePath(`/${path.slice(base.length)}`);
  if (/\s/.test(sitePath)) return { problem: `its address ${url} has a space, which an alias cannot` };
  return { path: sitePath };
}

/** A site path on the old site as readers asked for it: under the home's base. */
export const asServed = (sitePath: string, home: string): string => `${homeBase(home)}${sitePath.slice(1)}`;

/** The permalink a post had under an earlier slug: its last segment swapped. */
export function withSlug(sitePath: string, slug: string): string | undefined {
  const segments = sitePath.split('/');
  // `/2019/05/03/slug/` splits into ['', '2019', '05', '03', 'slug', ''].
  if (segments.length < 3 || !slug) return undefined;
  segments[segments.length - 2] = decodePath(slug);
  return segments.join('/');
}

export interface OldUrl {
  /** The old site path (without the home's base). */
  path: string;
  /** Where it leads now; absent when the same address still serves it. */
  to?: string;
}

/** The list `npm run check:urls` reads as a previous build's manifest: every old URL, as readers asked for it. */
export function oldUrlManifest(home: string, urls: readonly OldUrl[]): UrlManifest {
  const seen = new Map<string, ManifestEntry>();
  for (const { path, to } of urls) {
    const url = asServed(path, home);
    if (seen.has(url)) continue;
    seen.set(url, to && to !== path ? { url, kind: 'redirect', to } : { url, kind: 'page' });
  }
  return {
    site: home.replace(/\/+$/, ''),
    preview: false,
    urls: [...seen.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  };
}
