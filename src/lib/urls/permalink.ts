import { slug } from 'github-slugger';
import { calendarDate } from '../content/dates.ts';

/** Stable URL slug of a tag as written by editors: "City Council" → "city-council", "Économie" → "économie". */
export function tagSlug(tag: string): string {
  return slug(tag.trim());
}

/** `/{section}/{yyyy}/{mm}/{dd}/{slug}/`, the date taken in the publication's time zone. */
export function articlePath(article: { section: string; slug: string; publishedAt: Date }, timeZone: string): string {
  const { year, month, day } = calendarDate(article.publishedAt, timeZone);
  return `/${article.section}/${year}/${month}/${day}/${article.slug}/`;
}

/**
 * The built files of article pages (`{section}/{yyyy}/{mm}/{dd}/{slug}/index.html`): what the search
 * index reads. Listing pages need not be parsed for it; only article bodies are indexed.
 */
export const ARTICLE_FILES_GLOB = '*/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

export const sectionPath = (sectionId: string): string => `/${sectionId}/`;
export const tagPath = (tag: string): string => `/tags/${tagSlug(tag)}/`;
export const authorPath = (authorId: string): string => `/authors/${authorId}/`;
export const storyTypePath = (type: string): string => `/types/${type}/`;
export const archiveMonthPath = (year: string, month: string): string => `/archive/${year}/${month}/`;

/** The slug of an article file: its `slug` override, else its file name. */
export function articleSlug(fileId: string, override: string | undefined): string {
  return override ?? fileId.split('/').pop() ?? fileId;
}

export interface ArticleAddress {
  slug: string;
  /** Site-relative permalink, e.g. `/city/2026/11/20/harbor-bridge-reopens/`. */
  url: string;
}

/**
 * Where an article file is published, from its id (its path under articles/ without `.md`) and its
 * frontmatter: the one derivation the build, `npm run check`, `npm run new` and `npm run related` share.
 */
export function articleAddress(
  fileId: string,
  frontmatter: { slug?: string | undefined; section: string; publishedAt: Date },
  timeZone: string,
): ArticleAddress {
  const slug = articleSlug(fileId, frontmatter.slug);
  return {
    slug,
    url: articlePath({ section: frontmatter.section, slug, publishedAt: frontmatter.publishedAt }, timeZone),
  };
}

/*
 * A site is served at the root of its origin (https://news.example.org/) or under a path of it (a GitHub
 * Pages project site, https://user.github.io/news/): the path of its URL (`site.url`, SITE_URL) is its
 * base, which astro.config.ts gives Astro as `base` for the assets Astro writes. Every path Dateline
 * builds (permalinks, listings, feeds, cards, the search index) is a site path, `/city/`, written without
 * the base and matched against routes, aliases and links as such; it takes the base on its way into a
 * page, feed or file, through withBase (or absoluteUrl, which uses it).
 */

const basePaths = new Map<string, string>();

/** The path a site is served under, from its URL: `/` for https://news.example.org, `/news/` for https://user.github.io/news. */
export function siteBase(siteUrl: string): string {
  let base = basePaths.get(siteUrl);
  if (base === undefined) {
    base = new URL(siteUrl).pathname.replace(/\/*$/, '/');
    // Asked for every link of every page: parsed once per site URL.
    basePaths.set(siteUrl, base);
  }
  return base;
}

/** The path readers' browsers ask for a site path at: `/city/` is `/news/city/` on a site served under /news/. */
export function withBase(path: string, siteUrl: string): string {
  const base = siteBase(siteUrl);
  return base === '/' ? path : `${base}${path.slice(1)}`;
}

/** The site path of a path as served (Astro's `Astro.url.pathname`, an image's `src`): the base taken off, if it has it. */
export function withoutBase(path: string, siteUrl: string): string {
  const base = siteBase(siteUrl);
  if (base === '/') return path;
  if (path.startsWith(base)) return `/${path.slice(base.length)}`;
  return path === base.slice(0, -1) ? '/' : path;
}

/** Absolute URL of a site path, under the site's base: `/city/` → https://user.github.io/news/city/. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(withBase(path, siteUrl), `${siteUrl}/`).href;
}
