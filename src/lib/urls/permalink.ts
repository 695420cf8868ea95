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

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, `${origin}/`).href;
}
