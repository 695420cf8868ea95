import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import type { Element } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

/** Where @astrojs/sitemap writes its index (its default `filenameBase` is "sitemap"). */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** What a built page's `<head>` says about itself that a sitemap needs. */
export interface PageSignals {
  /** The page asks search engines not to index it (`<meta name="robots" content="noindex…">`). */
  noindex: boolean;
  /** When the page's story last changed: `article:modified_time`, else `article:published_time`. */
  lastModified?: Date;
}

export function pageSignals(html: string): PageSignals {
  const headEnd = html.indexOf('</head>');
  const tree = rehype().parse(headEnd === -1 ? html : html.slice(0, headEnd));
  const metas = new Map<string, string>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'meta') return;
    const key = node.properties.name ?? node.properties.property;
    const content = node.properties.content;
    if (typeof key === 'string' && typeof content === 'string') metas.set(key.toLowerCase(), content);
  });
  const robots = metas.get('robots') ?? '';
  const time = metas.get('article:modified_time') ?? metas.get('article:published_time');
  const lastModified = time ? new Date(time) : undefined;
  return {
    noindex: robots.split(',').some((directive) => ['noindex', 'none'].includes(directive.trim().toLowerCase())),
    lastModified: lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : undefined,
  };
}

/** The built HTML file a page URL is served from (`build.format: 'directory'`). */
function builtFile(outDir: string, url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
}

/**
 * The `serialize` hook for @astrojs/sitemap. The integration runs after every page is written, so each
 * page speaks for itself: pages that say noindex (preview builds, redirects) are left out, and article
 * pages get `lastmod` from the times in their Open Graph tags, which come from `updatedAt`/`publishedAt`.
 */
export function sitemapSerializer(outDir: string) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const file = builtFile(outDir, item.url);
    if (!existsSync(file)) return item;
    const { noindex, lastModified } = pageSignals(readFileSync(file, 'utf8'));
    if (noindex) return undefined;
    return lastModified ? { ...item, lastmod: lastModified.toISOString() } : item;
  };
}
