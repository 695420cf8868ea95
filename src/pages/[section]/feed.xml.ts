import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../data/feeds.ts';
import { getNewsroom, type Section } from '../../data/newsroom.ts';
import { sectionChannel } from '../../lib/feeds.ts';
import { inSection } from '../../lib/queries.ts';
import type { Story } from '../../lib/story.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { sections, stories, pageCacheKey } = await getNewsroom();
  return sections.map((section) => {
    const props = { section, stories: inSection(stories, section.id) };
    return { params: { section: section.id }, props, cacheKey: pageCacheKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section; stories: Story[] }> = ({ props }) => rssResponse(sectionChannel(site, props.section), props.stories);
