import { absoluteUrl } from '../urls/permalink.ts';

/**
 * robots.txt: crawl everything and find the sitemaps here. A preview build (drafts and embargoed
 * stories on show for editors) asks crawlers to stay out entirely, in case it is ever deployed.
 */
export function robotsTxt(options: { origin: string; sitemapPaths: readonly string[]; preview: boolean }): string {
  if (options.preview) return 'User-agent: *\nDisallow: /\n';
  return [
    'User-agent: *',
    'Allow: /',
    '',
    ...options.sitemapPaths.map((path) => `Sitemap: ${absoluteUrl(path, options.origin)}`),
    '',
  ].join('\n');
}
