import type { APIRoute } from 'astro';
import { jsonFeedResponse } from '../data/feed-responses.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { siteChannel } from '../lib/feeds/feeds.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => jsonFeedResponse(siteChannel(site, 'json'), (await getNewsroom()).stories);
