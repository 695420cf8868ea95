/**
 * After every build: `_headers`, with the Content-Security-Policy of all pages merged (see src/lib/csp.ts),
 * for hosts that send headers from a file. The pages keep their own `<meta>` policy for every other host.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/csp.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'dateline-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const policies = await Promise.all(
          pages.map(async (file) => META_POLICY.exec(await readFile(join(root, file), 'utf8'))?.[1]?.replaceAll('&#39;', "'") ?? ''),
        );
        const missing = pages.filter((_, index) => !policies[index]);
        if (missing.length > 0) throw new Error(`These pages have no Content-Security-Policy <meta>: ${missing.slice(0, 10).join(', ')}`);
        await writeFile(join(root, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers carries one Content-Security-Policy for ${pages.length} pages`);
      },
    },
  };
}
