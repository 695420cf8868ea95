/**
 * What a built page's `<head>` says about the page, for the steps that run after Astro has written the
 * site: the sitemap (noindex, lastmod), the URL manifest (page, redirect or removed notice) and `_headers`
 * (the Content-Security-Policy). Each page is read once for all of them (src/integrations/built-pages.ts).
 * Only `<meta>` tags before `</head>` count: an article body may quote any markup.
 */
import { decodeHTMLAttribute } from 'entities';

export interface BuiltPage {
  /** The page asks search engines not to index it (`<meta name="robots" content="noindex…">`). */
  noindex: boolean;
  /** When the page's story last changed: `article:modified_time`, else `article:published_time`. */
  lastModified?: Date;
  /** The target of a meta-refresh redirect. */
  redirectTo?: string;
  /** The notice served at the address of a story taken down on purpose. */
  removed: boolean;
  contentSecurityPolicy?: string;
}

/** Put in the head of a removed story's notice, so that the URL manifest can tell it from a page. */
export const REMOVED_MARKER = { name: 'dateline-status', content: 'removed' } as const;

const HEAD_END = /<\/head\s*>/i;
const META_TAG = /<meta\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const REFRESH_TARGET = /^\s*\d+\s*;\s*url\s*=\s*["']?([^"'\s]+)/i;

function metaAttributes(head: string): Map<string, string>[] {
  return [...head.matchAll(META_TAG)].map(
    ([, attributes = '']) =>
      new Map([...attributes.matchAll(ATTRIBUTE)].map(([, name = '', double, single, bare]) => [name.toLowerCase(), decodeHTMLAttribute(double ?? single ?? bare ?? '')])),
  );
}

export function readBuiltPage(html: string): BuiltPage {
  const headEnd = html.search(HEAD_END);
  const named = new Map<string, string>();
  const httpEquiv = new Map<string, string>();
  for (const meta of metaAttributes(headEnd === -1 ? html : html.slice(0, headEnd))) {
    const content = meta.get('content');
    if (content === undefined) continue;
    const name = meta.get('name') ?? meta.get('property');
    if (name) named.set(name.toLowerCase(), content);
    const equiv = meta.get('http-equiv');
    if (equiv) httpEquiv.set(equiv.toLowerCase(), content);
  }
  const robots = named.get('robots') ?? '';
  const time = named.get('article:modified_time') ?? named.get('article:published_time');
  const lastModified = time ? new Date(time) : undefined;
  return {
    noindex: robots.split(',').some((directive) => ['noindex', 'none'].includes(directive.trim().toLowerCase())),
    lastModified: lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : undefined,
    redirectTo: REFRESH_TARGET.exec(httpEquiv.get('refresh') ?? '')?.[1],
    removed: named.get(REMOVED_MARKER.name) === REMOVED_MARKER.content,
    contentSecurityPolicy: httpEquiv.get('content-security-policy'),
  };
}
