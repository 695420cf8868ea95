/**
 * After every build: `_headers`, with the Content-Security-Policy of all pages merged (see src/lib/csp.ts),
 * for hosts that send headers from a file, for every path under the site's base. The pages keep their own
 * `<meta>` policy for every other host.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/pages/csp.ts';
import { siteBase } from '../lib/urls/permalink.ts';
import type { BuiltSite } from './built-site.ts';

export function securityHeaders({ site, built }: { site: string; built: BuiltSite }): AstroIntegration {
  return {
    name: 'dateline-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = [...built.pages()];
        const missing = pages.filter(([, page]) => !page.contentSecurityPolicy).map(([file]) => file);
        if (missing.length > 0)
          throw new Error(`These pages have no Content-Security-Policy <meta>: ${missing.slice(0, 10).join(', ')}`);
        await writeFile(
          join(fileURLToPath(dir), '_headers'),
          headersFile(mergePolicies(pages.map(([, page]) => page.contentSecurityPolicy ?? '')), siteBase(site)),
        );
        logger.info(`_headers carries one Content-Security-Policy for ${pages.length} pages`);
      },
    },
  };
}
