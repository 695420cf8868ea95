import type { APIRoute } from 'astro';
import { getNewsroom } from '../data/newsroom.ts';
import { newsSitemap } from '../lib/feeds/news-sitemap.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const { stories, now } = await getNewsroom();
  const xml = newsSitemap(stories, { origin: site.url, publicationName: site.name, language: site.language, now });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
