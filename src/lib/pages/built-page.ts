/**
 * What a built page's `<head>` says about the page, for the steps that run after Astro has written the
 * site: the sitemap (noindex, lastmod), the URL manifest (page, redirect or removed notice) and `_headers`
 * (the Content-Security-Policy). Each page is read once for all of them (src/integrations/built-site.ts).
 * Only `<meta>` tags before `</head>` count: an article body may quote any markup.
 */
import { decodeHTMLAttribute } from 'entities';
import { attributesOf, tagsOf, type Tag } from './html-tags.ts';

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

const REFRESH_TARGET = /^\s*\d+\s*;\s*url\s*=\s*["']?([^"'\s]+)/i;

const endsHead = ({ closing, name }: Tag): boolean => (closing && name === 'head') || (!closing && name === 'body');

/**
 * Where the head ends (`</head>` or, without one, `<body>`), or undefined when `html` stops before that:
 * whoever reads only the start of a page reads on until it is found.
 */
export function headEnd(html: string): number | undefined {
  for (const tag of tagsOf(html)) if (endsHead(tag)) return tag.start;
  return undefined;
}

/** The attributes of every `<meta>` tag before the head ends. */
function metaAttributes(html: string): Map<string, string>[] {
  const metas: Map<string, string>[] = [];
  for (const tag of tagsOf(html)) {
    if (endsHead(tag)) break;
    if (!tag.closing && tag.name === 'meta') {
      metas.push(new Map([...attributesOf(tag)].map(({ name, value }) => [name, decodeHTMLAttribute(value)])));
    }
  }
  return metas;
}

export function readBuiltPage(html: string): BuiltPage {
  const named = new Map<string, string>();
  const httpEquiv = new Map<string, string>();
  for (const meta of metaAttributes(html)) {
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
