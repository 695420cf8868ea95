/**
 * Builds the Pagefind search index over the finished site, into `{outDir}/pagefind/`. Pagefind's npm
 * package runs its bundled binary, so nothing is downloaded. Only article pages are read, and of them the
 * part marked `data-pagefind-body` (see ArticleLayout) is indexed. Any Pagefind error fails the build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { ARTICLE_FILES_GLOB } from '../lib/urls/permalink.ts';

function failIfAny(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dateline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          failIfAny('start', errors);
          if (!index) throw new Error('Pagefind could not start and gave no reason');
          // Only article pages carry an indexed body; parsing every listing page too took Pagefind twice as long.
          const added = await index.addDirectory({ path: outDir, glob: ARTICLE_FILES_GLOB });
          failIfAny('read the built pages', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          failIfAny('write the search index', written.errors);
          logger.info(`read ${added.page_count} pages, wrote the search index to pagefind/`);
        } finally {
          await close();
        }
      },
    },
  };
}
