/**
 * `npm run build` starts from the last site (src/build/site-mirror.ts). When Astro has written the
 * pages, this removes what the build no longer publishes, before the integrations after it (sitemap,
 * urls.json, _headers) read the site: Astro reports every page of this build, reused or rendered.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeStaleFiles, siteMirror } from '../build/site-mirror.ts';
import { env } from '../env.ts';

export function staleFileRemoval(): AstroIntegration {
  return {
    name: 'dateline:stale-files',
    hooks: {
      'astro:build:done': ({ dir, assets }) => {
        const siteDir = resolve(fileURLToPath(dir));
        const files = [...assets.values()].flat().map((url) => fileURLToPath(url));
        removeStaleFiles(siteDir, files, siteMirror(env.contentDir, siteDir));
      },
    },
  };
}
