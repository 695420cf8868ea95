import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { getNewsroom, type Author } from '../../../data/newsroom.ts';
import { authorChannel } from '../../../lib/feeds.ts';
import { byAuthor } from '../../../lib/queries.ts';
import type { Story } from '../../../lib/story.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { authors, stories, pageCacheKey } = await getNewsroom();
  return [...authors.values()].map((author) => {
    const props = { author, stories: byAuthor(stories, author.id) };
    return { params: { author: author.id }, props, cacheKey: pageCacheKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: Author; stories: Story[] }> = ({ props }) => rssResponse(authorChannel(site, props.author), props.stories);
