import type { APIRoute } from 'astro';
import { NEWS_SITEMAP_PATH } from '../lib/feeds/news-sitemap.ts';
import { env } from '../env.ts';
import { robotsTxt } from '../lib/feeds/robots.ts';
import { SITEMAP_INDEX_PATH } from '../lib/feeds/sitemap.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(
    robotsTxt({ origin: site.url, sitemapPaths: [SITEMAP_INDEX_PATH, NEWS_SITEMAP_PATH], preview: env.preview }),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
