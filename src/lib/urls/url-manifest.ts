/**
 * The list of public URLs a build publishes (`dist/urls.json`), and the comparison that keeps a
 * published URL from being lost: every URL of an earlier build must still be served or redirected.
 */
import type { BuiltPage } from '../pages/built-page.ts';
import { listingOfNumberedPage } from './pagination.ts';
import { siteBase, withoutBase } from './permalink.ts';
import { isNotFoundPage } from './routes.ts';

export type UrlKind = 'page' | 'file' | 'redirect' | 'removed';

export interface ManifestEntry {
  /** As readers ask for it: under the base of a site served under a path (`/news/city/`). */
  url: string;
  kind: UrlKind;
  /** For redirects: where the old URL leads now. */
  to?: string;
}

export interface UrlManifest {
  /** The site's URL the build was made for (site.url): an origin, or an origin and the path it is served under. */
  site: string;
  /** A preview build shows drafts: its URLs are not public and never a baseline. */
  preview: boolean;
  urls: ManifestEntry[];
}

/** Output files that are public addresses: pages and documents such as feeds, sitemaps and robots.txt. */
const PUBLISHED_EXTENSIONS = /\.(html|xml|json|txt)$/;

/**
 * The URL a built file is served at, or undefined for files that are not addresses of their own:
 * assets (`_astro/`, images, scripts), the search index, the 404 page and the manifests themselves.
 */
export function urlOfOutputFile(relativePath: string): string | undefined {
  const path = relativePath.split(/[\\/]/).join('/');
  if (!PUBLISHED_EXTENSIONS.test(path)) return undefined;
  if (
    path
      .split('/')
      .some((segment, index, all) => index < all.length - 1 && (segment.startsWith('_') || segment === 'pagefind'))
  )
    return undefined;
  if (path === 'urls.json' || isNotFoundPage(`/${path}`)) return undefined;
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** The manifest entry of a built file: what its head says for an HTML page, else a plain file. */
export function manifestEntry(url: string, page: BuiltPage | undefined): ManifestEntry {
  if (!page) return { url, kind: 'file' };
  if (page.redirectTo) return { url, kind: 'redirect', to: page.redirectTo };
  return { url, kind: page.removed ? 'removed' : 'page' };
}

export function sortManifest(manifest: UrlManifest): UrlManifest {
  return { ...manifest, urls: [...manifest.urls].sort((a, b) => a.url.localeCompare(b.url)) };
}

/** Reads a manifest written by an earlier build, or says clearly why it is not one. */
export function parseManifest(json: string, source: string): UrlManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source} is not JSON (${(error as Error).message}); expected the urls.json of a Dateline build`);
  }
  const manifest = data as Partial<UrlManifest> | null;
  if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.urls)) {
    throw new Error(`${source} has no "urls" list; expected the urls.json of a Dateline build`);
  }
  const bad = manifest.urls.findIndex(
    (entry) => typeof entry?.url !== 'string' || !['page', 'file', 'redirect', 'removed'].includes(entry?.kind),
  );
  if (bad !== -1)
    throw new Error(
      `${source}: urls[${bad}] must be { "url": "/path/", "kind": "page" | "file" | "redirect" | "removed" }, got ${JSON.stringify(manifest.urls[bad])}`,
    );
  return { site: String(manifest.site ?? ''), preview: manifest.preview === true, urls: manifest.urls };
}

/** A numbered listing page (`/city/page/7/`) disappears when stories are removed: worth a word, not a failure. */
export const isNumberedPage = (url: string): boolean => listingOfNumberedPage(url) !== undefined;

export interface LostUrl extends ManifestEntry {
  /** Current pages that end in the same slug: where the story probably went. */
  movedTo: string[];
}

/** The base a manifest's site is served under (`/`, `/news/`); `/` for a manifest that names no site. */
const baseOf = (manifest: UrlManifest): string => (URL.canParse(manifest.site) ? siteBase(manifest.site) : '/');

/** The site path of one of a manifest's URLs, as `aliases:` and content/removed.yaml name it: without the base. */
export const sitePathIn = (manifest: UrlManifest, url: string): string =>
  baseOf(manifest) === '/' ? url : withoutBase(url, manifest.site);

/**
 * The bases of two manifests when they differ (the site moved to or from a GitHub Pages project site):
 * then every URL moved, which no alias can redirect.
 */
export function baseChange(previous: UrlManifest, current: UrlManifest): { from: string; to: string } | undefined {
  const [from, to] = [baseOf(previous), baseOf(current)];
  return from === to ? undefined : { from, to };
}

/** URLs the previous build published that the current build neither serves nor redirects. */
export function lostUrls(previous: UrlManifest, current: UrlManifest): LostUrl[] {
  const now = new Set(current.urls.map((entry) => entry.url));
  const pagesBySlug = new Map<string, string[]>();
  for (const entry of current.urls) {
    if (entry.kind !== 'page') continue;
    const slug = entry.url.split('/').filter(Boolean).pop() ?? '';
    pagesBySlug.set(slug, [...(pagesBySlug.get(slug) ?? []), entry.url]);
  }
  return previous.urls
    .filter((entry) => !now.has(entry.url))
    .map((entry) => ({ ...entry, movedTo: pagesBySlug.get(entry.url.split('/').filter(Boolean).pop() ?? '') ?? [] }));
}
