/**
 * The built site, once Astro has written it, for the integrations that describe it as a whole: listed
 * once (each walk of a 10,000-article site's 13,000 folders took ~0.6 s, and there were three), rid of
 * what this build no longer publishes when it started from the last site (src/build/site-mirror.ts),
 * and every page read once for the sitemap, urls.json and _headers (see src/lib/pages/built-page.ts). What a page's
 * head says is kept in Dateline's cache under the page's path, size and modification time, so a rebuild
 * reads only the pages it wrote (at 10,000 articles, 13,000 pages read took 5 s of every rebuild). A few
 * files at a time, and of each only its start up to where the head ends, so memory stays flat however
 * large the archive: 13,000 pages read at once held over a gigabyte, and read whole a few at a time they
 * still left 850 MB of garbage (pages of ~34 KB, heads under 8 KB) at the peak of a cold 10,000-article build.
 */
import { existsSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { datelineCacheDir, storeBytes } from '../build/build-cache.ts';
import { codeKey } from '../build/pipeline-code.ts';
import { removeStaleFiles, siteMirror } from '../build/site-mirror.ts';
import { filesUnder } from '../build/site-files.ts';
import { env } from '../env.ts';
import { headEnd, readBuiltPage, type BuiltPage } from '../lib/pages/built-page.ts';

const FILES_AT_ONCE = 32;
const HEAD_BYTES = 8 * 1024;
const CACHE = { namespace: 'built-pages', key: 'heads.json' };
/** What a head says depends on how it is read: heads read by other code are read again. */
const READER = 'src/lib/pages/built-page.ts';

export interface BuiltSite {
  /** Listed before the integrations that call files() or pages(): hooks run in the order of the list. */
  integration: AstroIntegration;
  /** Every file of the site when Astro's pages were done, as `/`-separated paths in the output folder. */
  files(): readonly string[];
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

async function readAll(root: string, siteFiles: readonly string[]): Promise<Map<string, BuiltPage>> {
  const cacheDir = datelineCacheDir();
  const reader = codeKey(process.cwd(), '', READER);
  const before = await lastRead(join(cacheDir, CACHE.namespace, CACHE.key), reader);
  const now: ReadHeads = { reader, pages: {} };
  const limit = pLimit(FILES_AT_ONCE);
  const files = siteFiles.filter((file) => file.endsWith('.html'));
  const pages = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const path = join(root, file);
        // Synchronous: 13,000 promised stats cost ten times what the answers do.
        const { size, mtimeMs } = statSync(path);
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

export function builtSite(): BuiltSite {
  let read: { files: string[]; pages: Map<string, BuiltPage> } | undefined;
  const done = () => {
    if (!read)
      throw new Error(
        'The built site is read when the build is done: list builtSite().integration before the integrations that use it',
      );
    return read;
  };
  return {
    integration: {
      name: 'dateline:built-site',
      hooks: {
        'astro:build:done': async ({ dir, assets }) => {
          const root = resolve(fileURLToPath(dir));
          const astroOutputs = [...assets.values()].flat().map((url) => fileURLToPath(url));
          const files = removeStaleFiles(root, filesUnder(root), astroOutputs, siteMirror(env.contentDir, root));
          read = { files, pages: await readAll(root, files) };
        },
      },
    },
    files: () => done().files,
    pages: () => done().pages,
  };
}
