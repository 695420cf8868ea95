/**
 * Reads every built page once, after Astro has written the site, for the integrations that describe the
 * site as a whole: the sitemap, urls.json and _headers (see src/lib/built-page.ts). A few files at a time,
 * so memory stays flat however large the archive: reading 13,000 pages at once held over a gigabyte.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { readBuiltPage, type BuiltPage } from '../lib/pages/built-page.ts';

const FILES_AT_ONCE = 32;

export interface BuiltPages {
  /** Listed before the integrations that call pages(): hooks run in the order of the list. */
  integration: AstroIntegration;
  /** Every HTML file of the build, by its path in the output folder (`city/index.html`). */
  pages(): ReadonlyMap<string, BuiltPage>;
}

async function readAll(root: string): Promise<Map<string, BuiltPage>> {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  const limit = pLimit(FILES_AT_ONCE);
  const pages = await Promise.all(
    files.map((file) =>
      limit(async () => [file.split(sep).join('/'), readBuiltPage(await readFile(join(root, file), 'utf8'))] as const),
    ),
  );
  return new Map(pages);
}

export function builtPages(): BuiltPages {
  let read: Map<string, BuiltPage> | undefined;
  return {
    integration: {
      name: 'dateline:built-pages',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          read = await readAll(fileURLToPath(dir));
        },
      },
    },
    pages() {
      if (!read)
        throw new Error(
          'The built pages are read when the build is done: list builtPages().integration before the integrations that use them',
        );
      return read;
    },
  };
}
