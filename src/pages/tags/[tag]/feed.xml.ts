import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { getNewsroom } from '../../../data/newsroom.ts';
import { tagChannel } from '../../../lib/feeds.ts';
import { groupByTag, type TagGroup } from '../../../lib/queries.ts';
import type { Story } from '../../../lib/story.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { stories, pageCacheKey } = await getNewsroom();
  return groupByTag(stories).map((tag) => ({ params: { tag: tag.slug }, props: { tag }, cacheKey: pageCacheKey({ tag }) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: TagGroup<Story> }> = ({ props }) => rssResponse(tagChannel(site, props.tag), props.tag.stories);
