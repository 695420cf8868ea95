/**
 * After every build: `urls.json`, the list of public URLs the build published (what
 * `npm run check:urls` compares the next build with), and `_redirects` for hosts that read one.
 * Both come from the built files themselves, so every page counts, whichever route made it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPreview } from '../lib/publishing.ts';
import { redirectsFile } from '../lib/redirects.ts';
import { classifyHtml, sortManifest, urlOfOutputFile, type ManifestEntry } from '../lib/url-manifest.ts';

async function entryOf(root: string, file: string, url: string): Promise<ManifestEntry> {
  if (!file.endsWith('.html')) return { url, kind: 'file' };
  const page = classifyHtml(await readFile(join(root, file), 'utf8'));
  return page.kind === 'redirect' ? { url, kind: 'redirect', to: page.to } : { url, kind: page.kind };
}

export function urlManifest(options: { site: string }): AstroIntegration {
  return {
    name: 'dateline-url-manifest',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(root, { recursive: true });
        const urls = await Promise.all(
          files.flatMap((file) => {
            const url = urlOfOutputFile(file);
            return url ? [entryOf(root, file, url)] : [];
          }),
        );
        const manifest = sortManifest({ site: options.site, preview: isPreview(), urls });
        const redirects = manifest.urls.flatMap((entry) => (entry.to ? [{ from: entry.url, to: entry.to }] : []));
        await writeFile(join(root, 'urls.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        await writeFile(join(root, '_redirects'), redirectsFile(redirects));
        logger.info(`urls.json lists ${manifest.urls.length} URLs; _redirects has ${redirects.length} redirects`);
      },
    },
  };
}
