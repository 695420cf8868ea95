/**
 * Reads every built page once, after Astro has written the site, for the integrations that describe the
 * site as a whole: the sitemap, urls.json and _headers (see src/lib/pages/built-page.ts). What a page's
 * head says is kept in Dateline's cache under the page's path, size and modification time, so a rebuild
 * reads only the pages it wrote (at 10,000 articles, 13,000 pages read took 5 s of every rebuild). A few
 * files at a time, and of each only its start up to where the head ends, so memory stays flat however
 * large the archive: 13,000 pages read at once held over a gigabyte, and read whole a few at a time they
 * still left 850 MB of garbage (pages of ~34 KB, heads under 8 KB) at the peak of a cold 10,000-article build.
 */
import { existsSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { datelineCacheDir, storeBytes } from '../build/build-cache.ts';
import { codeKey } from '../build/pipeline-code.ts';
import { filesUnder } from '../build/site-files.ts';
import { headEnd, readBuiltPage, type BuiltPage } from '../lib/pages/built-page.ts';

const FILES_AT_ONCE = 32;
const HEAD_BYTES = 8 * 1024;
const CACHE = { namespace: 'built-pages', key: 'heads.json' };
/** What a head says depends on how it is read: heads read by other code are read again. */
const READER = 'src/lib/pages/built-page.ts';

export interface BuiltPages {
  /** Listed before the integrations that call pages(): hooks run in the order of the list. */
  integration: AstroIntegration;
  /** Every HTML file of the build, by its path in the output folder (`city/index.html`). */
  pages(): ReadonlyMap<string, BuiltPage>;
}

/** Each page's head as read, and the file it was read from (`size:mtime`), by the reader's code. */
interface ReadHeads {
  reader: string;
  pages: Record<string, { file: string; page: BuiltPage }>;
}

async function lastRead(cacheFile: string, reader: string): Promise<ReadHeads['pages']> {
  if (!existsSync(cacheFile)) return {};
  const read = JSON.parse(await readFile(cacheFile, 'utf8')) as ReadHeads;
  if (read.reader !== reader) return {};
  // Dates come back from JSON as text.
  for (const { page } of Object.values(read.pages))
    if (page.lastModified) page.lastModified = new Date(page.lastModified);
  return read.pages;
}

/** The page from its start to where its head ends (or the whole page, if it has no head), a chunk at a time. */
async function readHead(path: string): Promise<string> {
  const file = await open(path);
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(HEAD_BYTES);
      const { bytesRead } = await file.read(chunk, 0, HEAD_BYTES, null);
      if (bytesRead > 0) chunks.push(chunk.subarray(0, bytesRead));
      // A character cut at the chunk's end decodes as U+FFFD, after the head if the head has ended.
      const start = Buffer.concat(chunks).toString('utf8');
      if (bytesRead < HEAD_BYTES || headEnd(start) !== undefined) return start;
    }
  } finally {
    await file.close();
  }
}

async function readAll(root: string): Promise<Map<string, BuiltPage>> {
  const cacheDir = datelineCacheDir();
  const reader = codeKey(process.cwd(), '', READER);
  const before = await lastRead(join(cacheDir, CACHE.namespace, CACHE.key), reader);
  const now: ReadHeads = { reader, pages: {} };
  const limit = pLimit(FILES_AT_ONCE);
  const files = filesUnder(root).filter((file) => file.endsWith('.html'));
  const pages = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const path = join(root, file);
        const { size, mtimeMs } = await stat(path);
        // Whole milliseconds: the copy of a page in the site mirror keeps its time to the millisecond.
        const stamp = `${size}:${Math.trunc(mtimeMs)}`;
        const page = before[file]?.file === stamp ? before[file].page : readBuiltPage(await readHead(path));
        now.pages[file] = { file: stamp, page };
        return [file, page] as const;
      }),
    ),
  );
  await storeBytes(CACHE.namespace, CACHE.key, JSON.stringify(now), cacheDir);
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
