/**
 * After every build: `urls.json`, the list of public URLs the build published (what
 * `npm run check:urls` compares the next build with), and `_redirects` for hosts that read one.
 * Both come from the built files themselves, so every page counts, whichever route made it, and
 * both give each URL as readers ask for it: under the base of a site served under a path.
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { env } from '../env.ts';
import { withBase } from '../lib/urls/permalink.ts';
import { redirectsFile } from '../lib/urls/redirects.ts';
import { manifestEntry, sortManifest, urlOfOutputFile } from '../lib/urls/url-manifest.ts';
import type { BuiltSite } from './built-site.ts';

export function urlManifest(options: { site: string; built: BuiltSite }): AstroIntegration {
  return {
    name: 'dateline-url-manifest',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = options.built.pages();
        // The site as listed when Astro's pages were done, and what the sitemap integration wrote since, at the top.
        const topFiles = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isFile());
        const files = new Set([...options.built.files(), ...topFiles.map((entry) => entry.name)]);
        const urls = [...files].flatMap((path) => {
          const url = urlOfOutputFile(path);
          return url ? [manifestEntry(withBase(url, options.site), pages.get(path))] : [];
        });
        const manifest = sortManifest({ site: options.site, preview: env.preview, urls });
        const redirects = manifest.urls.flatMap((entry) => (entry.to ? [{ from: entry.url, to: entry.to }] : []));
        await writeFile(join(root, 'urls.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        await writeFile(join(root, '_redirects'), redirectsFile(redirects));
        logger.info(`urls.json lists ${manifest.urls.length} URLs; _redirects has ${redirects.length} redirects`);
      },
    },
  };
}
