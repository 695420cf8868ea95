import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../data/feed-responses.ts';
import { getNewsroom, type Section } from '../../data/newsroom.ts';
import { feedStories, sectionChannel } from '../../lib/feeds/feeds.ts';
import { inSection } from '../../lib/content/queries.ts';
import type { Story } from '../../lib/content/story.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { sections, stories, pageCacheKey } = await getNewsroom();
  return sections.map((section) => {
    // Only the stories the feed shows, so that its cacheKey does not change with older ones.
    const props = { section, stories: feedStories(inSection(stories, section.id), site.feedSize) };
    return { params: { section: section.id }, props, cacheKey: pageCacheKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section; stories: Story[] }> = ({ props }) =>
  rssResponse(sectionChannel(site, props.section), props.stories);
