/** Feed responses for the feed routes: the newest public stories, each with its full body and credits. */
import rss from '@astrojs/rss';
import { creditedAuthors } from '../lib/content/credited-authors.ts';
import { feedEntry, feedStories, jsonFeed, rssFeed, type FeedChannel, type FeedEntry } from '../lib/feeds/feeds.ts';
import type { Story } from '../lib/content/story.ts';
import { site } from '../site.config.ts';
import { feedBodyHtml } from './article-html.ts';
import { getNewsroom } from './newsroom.ts';
import { shareImage } from './share-image.ts';

async function feedEntries(stories: readonly Story[]): Promise<FeedEntry[]> {
  const { authors } = await getNewsroom();
  return Promise.all(
    feedStories(stories, site.feedSize).map(async (story) =>
      feedEntry(story, {
        contentHtml: await feedBodyHtml(story),
        authors: creditedAuthors(story.data.byline, authors, site.url),
        image: await shareImage(story),
        origin: site.url,
      }),
    ),
  );
}

export async function rssResponse(channel: FeedChannel, stories: readonly Story[]): Promise<Response> {
  return rss(rssFeed(channel, await feedEntries(stories)));
}

export async function jsonFeedResponse(channel: FeedChannel, stories: readonly Story[]): Promise<Response> {
  return new Response(JSON.stringify(jsonFeed(channel, await feedEntries(stories)), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
