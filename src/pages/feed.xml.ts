import type { APIRoute } from 'astro';
import { rssResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { siteChannel } from '../lib/feeds.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => rssResponse(siteChannel(site), (await getNewsroom()).stories);
