import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feed-responses.ts';
import { getNewsroom } from '../../../data/newsroom.ts';
import { feedStories, tagChannel } from '../../../lib/feeds/feeds.ts';
import { groupByTag } from '../../../lib/content/queries.ts';
import type { Story } from '../../../lib/content/story.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { stories, pageCacheKey } = await getNewsroom();
  return groupByTag(stories).map((tag) => {
    // Only the stories the feed shows, so that its cacheKey does not change with older ones.
    const props = { label: tag.label, stories: feedStories(tag.stories, site.feedSize) };
    return { params: { tag: tag.slug }, props, cacheKey: pageCacheKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ label: string; stories: Story[] }> = ({ props }) =>
  rssResponse(tagChannel(site, props), props.stories);
