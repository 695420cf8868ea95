import type { SitemapItem } from '@astrojs/sitemap';
import type { BuiltPage } from '../pages/built-page.ts';
import { withoutBase } from '../urls/permalink.ts';

/** Where @astrojs/sitemap writes its index (its default `filenameBase` is "sitemap"). */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The built HTML file a page URL is served from (`build.format: 'directory'`), relative to the output folder, which holds what is served under the base. */
function builtFile(url: string, siteUrl: string): string {
  const path = decodeURIComponent(withoutBase(new URL(url).pathname, siteUrl)).slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The `serialize` hook for @astrojs/sitemap. The integration runs after every page is written, so each
 * page speaks for itself: pages that say noindex (preview builds, redirects) are left out, and article
 * pages get `lastmod` from the times in their Open Graph tags, which come from `updatedAt`/`publishedAt`.
 */
export function sitemapSerializer(pages: () => ReadonlyMap<string, BuiltPage>, siteUrl: string) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const page = pages().get(builtFile(item.url, siteUrl));
    if (!page) return item;
    if (page.noindex) return undefined;
    return page.lastModified ? { ...item, lastmod: page.lastModified.toISOString() } : item;
  };
}
