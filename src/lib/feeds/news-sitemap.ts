import XMLBuilder from 'fast-xml-builder';
import { absoluteUrl } from '../urls/permalink.ts';
import { publicStories } from '../content/publishing.ts';
import { newestFirst } from '../content/queries.ts';
import type { Story } from '../content/story.ts';

export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** Google News reads only articles from the last two days… */
const WINDOW_MS = 48 * 60 * 60 * 1000;
/** …and at most this many of them in one sitemap. */
const MAX_ARTICLES = 1000;

/**
 * Google News wants an ISO 639 language code ("en", "de"), not a full BCP 47 tag ("en-US"); Chinese
 * is the exception, told apart by script as zh-cn (simplified) or zh-tw (traditional).
 */
export function newsLanguage(tag: string): string {
  const [language = '', ...rest] = tag.toLowerCase().split(/[-_]/);
  if (language !== 'zh') return language;
  return rest.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag)) ? 'zh-tw' : 'zh-cn';
}

/** The first instant a story published at `publishedAt` is too old for the news sitemap (recentStories). */
export function leavesNewsSitemapAt(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + WINDOW_MS + 1);
}

/** Public stories published in the 48 hours up to `now`, newest first. */
export function recentStories<T extends Story>(stories: readonly T[], now: Date): T[] {
  const since = now.getTime() - WINDOW_MS;
  return newestFirst(publicStories(stories))
    .filter((story) => {
      const published = story.data.publishedAt.getTime();
      return published >= since && published <= now.getTime();
    })
    .slice(0, MAX_ARTICLES);
}

/** The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap) of the recent stories. */
export function newsSitemap(
  stories: readonly Story[],
  options: { origin: string; publicationName: string; language: string; now: Date },
): string {
  const publication = { 'news:name': options.publicationName, 'news:language': newsLanguage(options.language) };
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: recentStories(stories, options.now).map((story) => ({
        loc: absoluteUrl(story.url, options.origin),
        'news:news': {
          'news:publication': publication,
          'news:publication_date': story.data.publishedAt.toISOString(),
          'news:title': story.data.headline,
        },
      })),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true }).build(document);
}
