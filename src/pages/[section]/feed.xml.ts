import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../data/feeds.ts';
import { getNewsroom, type Section } from '../../data/newsroom.ts';
import { sectionChannel } from '../../lib/feeds.ts';
import { inSection } from '../../lib/queries.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { sections } = await getNewsroom();
  return sections.map((section) => ({ params: { section: section.id }, props: { section } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props }) =>
  rssResponse(sectionChannel(site, props.section), inSection((await getNewsroom()).stories, props.section.id));
