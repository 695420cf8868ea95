import type { RSSOptions } from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import XMLBuilder from 'fast-xml-builder';
import type { CreditedAuthor } from '../content/credited-authors.ts';
import { joinNames } from '../content/names.ts';
import { absoluteUrl, authorPath, sectionPath, tagPath } from '../urls/permalink.ts';
import { CORRECTIONS_PATH, type LoggedCorrection } from '../content/corrections-log.ts';
import { publicStories } from '../content/publishing.ts';
import { modifiedAt } from '../content/modified-at.ts';
import { storyTypeLabel } from '../content/story-types.ts';
import { newestFirst } from '../content/queries.ts';
import type { Story } from '../content/story.ts';
import type { SiteConfig } from '../../site.config.ts';

/** What a feed is about: the site, a section, a topic or an author. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows: home, section, topic or author page. */
  homePageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** BCP 47 language tag, e.g. en-US. */
  language: string;
}

/** One story as every feed format carries it, with absolute URLs throughout. */
export interface FeedEntry {
  url: string;
  title: string;
  summary?: string;
  /** The full article body as HTML, its URLs already absolute. */
  contentHtml: string;
  published: Date;
  modified?: Date;
  authors: Pick<CreditedAuthor, 'name' | 'url'>[];
  tags: string[];
  /** The picture that stands for the story: its photo's crop or its generated card. */
  image?: FeedImage;
}

export interface FeedImage {
  /** Absolute URL. */
  url: string;
  /** The MIME type of what the URL serves (a photo's crop is a JPEG, a generated card a PNG). */
  type: string;
  width?: number;
  height?: number;
  /** What it shows, for readers who cannot see it. */
  alt: string;
}

/** The feed of a listing lives beside it: `/city/` → `/city/feed.xml`. */
const feedPath = (listingPath: string): string => `${listingPath}feed.xml`;

const SITE_FEED_PATH = feedPath('/');
const JSON_FEED_PATH = '/feed.json';

type Publication = Pick<SiteConfig, 'name' | 'description' | 'url' | 'language'>;

function channel(
  publication: Publication,
  title: string,
  description: string,
  listingPath: string,
  path = feedPath(listingPath),
): FeedChannel {
  return {
    title,
    description,
    homePageUrl: absoluteUrl(listingPath, publication.url),
    feedUrl: absoluteUrl(path, publication.url),
    language: publication.language,
  };
}

/** Each feed's title and address, shared by the feed itself and the page that links to it. */
export const siteChannel = (publication: Publication, format: 'rss' | 'json' = 'rss'): FeedChannel =>
  channel(
    publication,
    publication.name,
    publication.description,
    '/',
    format === 'rss' ? SITE_FEED_PATH : JSON_FEED_PATH,
  );

export const sectionChannel = (
  publication: Publication,
  section: { id: string; data: { name: string; description?: string } },
): FeedChannel =>
  channel(
    publication,
    `${section.data.name} | ${publication.name}`,
    section.data.description ?? `The latest ${section.data.name} stories from ${publication.name}.`,
    sectionPath(section.id),
  );

export const tagChannel = (publication: Publication, tag: { label: string }): FeedChannel =>
  channel(
    publication,
    `${tag.label} | ${publication.name}`,
    `News and analysis about ${tag.label} from ${publication.name}.`,
    tagPath(tag.label),
  );

export const authorChannel = (publication: Publication, author: { id: string; data: { name: string } }): FeedChannel =>
  channel(
    publication,
    `${author.data.name} | ${publication.name}`,
    `Stories by ${author.data.name} for ${publication.name}.`,
    authorPath(author.id),
  );

/** The newest `size` public stories; readers of a feed want the latest news, not the archive. */
export const correctionsChannel = (publication: Publication): FeedChannel =>
  channel(
    publication,
    `${publication.name}: corrections`,
    `Every correction ${publication.name} has published, newest first.`,
    CORRECTIONS_PATH,
  );

/**
 * A correction as a feed item: its own address (the correction on its story's page), its time, and the
 * story's headline and picture, so that a reader following the log sees what was corrected and when.
 */
export function correctionEntry(correction: LoggedCorrection, publication: Publication, image?: FeedImage): FeedEntry {
  return {
    url: `${absoluteUrl(correction.story.url, publication.url)}#${correction.anchor}`,
    title: `Correction: ${correction.story.data.headline}`,
    summary: correction.text,
    contentHtml: `<p>${escapeUTF8(correction.text)}</p>`,
    published: correction.date,
    authors: [{ name: publication.name, url: absoluteUrl('/', publication.url) }],
    tags: [],
    image,
  };
}

export function feedStories<T extends Story>(stories: readonly T[], size: number): T[] {
  return newestFirst(publicStories(stories)).slice(0, size);
}

export function feedEntry(
  story: Story,
  parts: { contentHtml: string; authors: readonly CreditedAuthor[]; image?: FeedImage; origin: string },
): FeedEntry {
  return {
    url: absoluteUrl(story.url, parts.origin),
    title: story.data.headline,
    summary: story.data.dek,
    contentHtml: parts.contentHtml,
    published: story.data.publishedAt,
    modified: modifiedAt(story),
    authors: parts.authors.map(({ name, url }) => ({ name, url })),
    // The kind of story first (Opinion, Analysis…), so that a reader can filter a feed by it.
    tags: [storyTypeLabel(story.data.type), ...story.data.tags].filter((tag) => tag !== undefined),
    image: parts.image,
  };
}

const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** Extra XML elements for @astrojs/rss, built (and so escaped) by the XML library rather than by hand. */
const xml = (elements: Record<string, unknown>): string => new XMLBuilder({ ignoreAttributes: false }).build(elements);

/**
 * Media RSS's element for the story's picture, which feed readers and RSS-to-email tools show beside
 * it: RSS's own `enclosure` needs the file's size in bytes, unknown until the picture is written.
 */
const mediaContent = (image: FeedImage) => ({
  '@_url': image.url,
  '@_medium': 'image',
  '@_type': image.type,
  '@_width': image.width,
  '@_height': image.height,
  'media:description': image.alt,
});

/**
 * Options for @astrojs/rss: RSS 2.0 with the full body in `content:encoded`, the byline in
 * `dc:creator` (RSS's own `author` must be an email address), the tags as categories and the picture
 * as `media:content`. RSS has no element for an update time; the JSON Feed carries it.
 */
export function rssFeed(channel: FeedChannel, entries: readonly FeedEntry[]): RSSOptions {
  return {
    title: channel.title,
    description: channel.description,
    site: channel.homePageUrl,
    xmlns: NAMESPACES,
    customData: xml({
      language: channel.language.toLowerCase(),
      'atom:link': { '@_href': channel.feedUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
    }),
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      content: entry.contentHtml,
      categories: entry.tags,
      customData: xml({
        'dc:creator': joinNames(entry.authors.map((author) => author.name))
          .map((part) => part.text)
          .join(''),
        ...(entry.image && { 'media:content': mediaContent(entry.image) }),
      }),
    })),
  };
}

/** https://www.jsonfeed.org/version/1.1/ */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary?: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  authors: { name: string; url: string }[];
  tags?: string[];
}

export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    language: channel.language,
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary,
      image: entry.image?.url,
      date_published: entry.published.toISOString(),
      date_modified: entry.modified?.toISOString(),
      authors: entry.authors,
      tags: entry.tags.length > 0 ? entry.tags : undefined,
    })),
  };
}
