/**
 * The search index, written by `npm run build` (scripts/build.ts) after `astro build` has exited, so
 * Pagefind's indexer never holds its memory while Astro still holds its own. The article pages are
 * indexed a shard at a time (at most SHARD_SIZE articles of one year, src/lib/search/search-shards.ts),
 * one after the other in one Pagefind process, each shard into a bundle of its own. A shard's bundle is
 * cached under the digest of its pages, so a rebuild indexes only the shards whose pages changed and
 * copies the others. Only the
 * part of a page marked `data-pagefind-body` (see ArticleLayout) is indexed. Any Pagefind error fails
 * the build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, glob, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { close, createIndex } from 'pagefind';
import { ARTICLE_FILES_GLOB } from '../lib/urls/permalink.ts';
import {
  filesByShard,
  hasSearchBody,
  SHARDS_MANIFEST_PATH,
  shardBundlePath,
  type ShardsManifest,
} from '../lib/search/search-shards.ts';
import { astroCacheDir } from './build-cache.ts';

/** Enough reads in flight to keep the disk busy, few enough that a shard of pages is never in memory at once. */
const FILES_AT_ONCE = 32;

/** Bundles of one Pagefind version merge only with each other, so the version is part of every digest. */
const PAGEFIND_VERSION = (
  JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

export interface SearchIndexReport {
  /** Shards indexed by Pagefind in this build, newest first. */
  reindexed: string[];
  /** Shards whose pages were as in an earlier build, their bundle copied from the cache. */
  reused: string[];
}

/** Beside Dateline's other caches (build-cache.ts), inside Astro's, so clearing Astro's clears it too. */
export const searchCacheDir = (contentDir: string): string => resolve(astroCacheDir(contentDir), 'dateline', 'search');

function failIfAny(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** The digest of a shard's pages (paths and bytes), and whether any of them has a part to index. */
async function readShard(siteDir: string, files: string[]): Promise<{ digest: string; indexed: boolean }> {
  const limit = pLimit(FILES_AT_ONCE);
  const pages = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const bytes = await readFile(join(siteDir, file));
        return {
          digest: createHash('sha256').update(bytes).digest('hex'),
          indexed: hasSearchBody(bytes.toString('utf8')),
        };
      }),
    ),
  );
  const digest = files
    .reduce(
      (hash, file, at) => hash.update(`${file}\0${pages[at]!.digest}\n`),
      createHash('sha256').update(PAGEFIND_VERSION),
    )
    .digest('hex');
  return { digest: digest.slice(0, 16), indexed: pages.some((page) => page.indexed) };
}

/** Indexes one shard's pages into `bundleDir`, written aside and renamed so a stopped build never leaves half a bundle there. */
async function indexShard(siteDir: string, shard: string, files: string[], bundleDir: string): Promise<void> {
  const partial = `${bundleDir}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  try {
    const { index, errors } = await createIndex();
    failIfAny('start', errors);
    if (!index) throw new Error('Pagefind could not start and gave no reason');
    // One page after the other, in the shard's order: the index Pagefind writes depends on the order it
    // was given the pages, and the same pages must give the same bundle.
    const errorsReading: string[] = [];
    for (const file of files) {
      // The URL Pagefind would give the page reading it from the folder: its path without index.html.
      const url = `/${file.replace(/index\.html$/, '')}`;
      const added = await index.addHTMLFile({ url, content: await readFile(join(siteDir, file), 'utf8') });
      errorsReading.push(...added.errors);
    }
    failIfAny(`read the article pages of shard ${shard} in ${siteDir}`, errorsReading);
    const written = await index.writeFiles({ outputPath: partial });
    failIfAny(`write the search index of shard ${shard} to ${partial}`, written.errors);
    // Frees this shard's index before the next one is read, so the indexer holds one shard at a time.
    await index.deleteIndex();
    await rename(partial, bundleDir);
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

/**
 * Writes a bundle for every shard of articles to `{siteDir}/pagefind/{shard}/` and the list of them to
 * SHARDS_MANIFEST_PATH, indexing the shards whose pages have no bundle in `cacheDir` yet.
 */
export async function writeSearchIndex(siteDir: string, cacheDir: string): Promise<SearchIndexReport> {
  const files = (await Array.fromAsync(glob(ARTICLE_FILES_GLOB, { cwd: siteDir }))).map((file) =>
    file.split(sep).join('/'),
  );
  const report: SearchIndexReport = { reindexed: [], reused: [] };
  const bundles: string[] = [];
  try {
    for (const [shard, shardFiles] of filesByShard(files)) {
      const { digest, indexed } = await readShard(siteDir, shardFiles);
      if (!indexed) continue;
      const shardCache = join(cacheDir, shard);
      const cached = join(shardCache, digest);
      if (existsSync(cached)) {
        report.reused.push(shard);
      } else {
        await mkdir(shardCache, { recursive: true });
        await indexShard(siteDir, shard, shardFiles, cached);
        // A shard's bundle is a whole copy of its index and its pages change with most builds, so only the newest is kept.
        for (const older of await readdir(shardCache))
          if (older !== digest) await rm(join(shardCache, older), { recursive: true, force: true });
        report.reindexed.push(shard);
      }
      const bundle = shardBundlePath(shard);
      await cp(cached, join(siteDir, bundle), { recursive: true });
      bundles.push(bundle);
    }
  } finally {
    await close();
  }
  const manifest: ShardsManifest = { bundles };
  const manifestFile = join(siteDir, SHARDS_MANIFEST_PATH);
  await mkdir(dirname(manifestFile), { recursive: true });
  await writeFile(manifestFile, JSON.stringify(manifest));
  return report;
}
