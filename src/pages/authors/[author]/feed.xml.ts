import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feed-responses.ts';
import { getNewsroom, type Author } from '../../../data/newsroom.ts';
import { authorChannel, feedStories } from '../../../lib/feeds/feeds.ts';
import { byAuthor } from '../../../lib/content/queries.ts';
import type { Story } from '../../../lib/content/story.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { authors, stories, pageCacheKey } = await getNewsroom();
  return [...authors.values()].map((author) => {
    // Only the stories the feed shows, so that its cacheKey does not change with older ones.
    const props = { author, stories: feedStories(byAuthor(stories, author.id), site.feedSize) };
    return { params: { author: author.id }, props, cacheKey: pageCacheKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: Author; stories: Story[] }> = ({ props }) =>
  rssResponse(authorChannel(site, props.author), props.stories);
