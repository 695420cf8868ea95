import { absoluteUrl, withBase } from '../urls/permalink.ts';

/**
 * robots.txt: crawl everything and find the sitemaps here. A preview build (drafts and embargoed
 * stories on show for editors) asks crawlers to stay out entirely, in case it is ever deployed.
 * `origin` is the site's URL: crawlers read robots.txt only at the root of an origin, so a site served
 * under a path (a GitHub Pages project site) writes its rules for that path, to be copied there.
 */
export function robotsTxt(options: { origin: string; sitemapPaths: readonly string[]; preview: boolean }): string {
  const everything = withBase('/', options.origin);
  if (options.preview) return `User-agent: *\nDisallow: ${everything}\n`;
  return [
    'User-agent: *',
    `Allow: ${everything}`,
    '',
    ...options.sitemapPaths.map((path) => `Sitemap: ${absoluteUrl(path, options.origin)}`),
    '',
  ].join('\n');
}
