import type { APIRoute } from 'astro';
import { rssResponse } from '../data/feed-responses.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { siteChannel } from '../lib/feeds/feeds.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => rssResponse(siteChannel(site), (await getNewsroom()).stories);
