import type { APIRoute, GetStaticPaths } from 'astro';
import { rssResponse } from '../../../data/feeds.ts';
import { getNewsroom, type Author } from '../../../data/newsroom.ts';
import { authorChannel } from '../../../lib/feeds.ts';
import { byAuthor } from '../../../lib/queries.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { authors } = await getNewsroom();
  return [...authors.values()].map((author) => ({ params: { author: author.id }, props: { author } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: Author }> = async ({ props }) =>
  rssResponse(authorChannel(site, props.author), byAuthor((await getNewsroom()).stories, props.author.id));
