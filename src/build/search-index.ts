/**
 * The search index, written by `npm run build` (scripts/build.ts) after `astro build` has exited, so
 * Pagefind's indexer never holds its memory while Astro still holds its own. The article pages are
 * indexed a shard at a time (at most SHARD_SIZE articles of one year, src/lib/search/search-shards.ts),
 * SHARDS_AT_ONCE shards at a time in one Pagefind process, each shard into a bundle of its own. A
 * shard's bundle is cached under the digest of its pages, so a rebuild indexes only the shards whose
 * pages changed and links the others into the site from the cache. Only the part of a page marked `data-pagefind-body` (see ArticleLayout) is
 * indexed. Any Pagefind error fails the build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, matchesGlob } from 'node:path';
import pLimit from 'p-limit';
import { close, createIndex } from 'pagefind';
import { ARTICLE_FILES_GLOB, withBase } from '../lib/urls/permalink.ts';
import {
  filesByShard,
  hasSearchBody,
  searchedPart,
  SEARCH_BUNDLES_PATH,
  SHARDS_MANIFEST_PATH,
  shardBundlePath,
  type ShardsManifest,
} from '../lib/search/search-shards.ts';
import { datelineCacheDir } from './build-cache.ts';
import type { SiteChanges } from './site-mirror.ts';
import { filesUnder } from './site-files.ts';

/** Enough reads in flight to keep the disk busy, few enough that a shard of pages is never in memory at once. */
const FILES_AT_ONCE = 32;

/**
 * Shards indexed at once, by one Pagefind process. Pagefind keeps ~1.4 of two cores busy on one shard:
 * the 10,000-article corpus's 12 shards took 50–57 s one at a time, 39–48 s two at a time and 38–45 s
 * three at a time (each three a little faster than two run beside it), its process at ~610 MB (one
 * shard: ~250 MB), while Astro, which has exited, holds nothing.
 */
const SHARDS_AT_ONCE = 3;

/** Bundles of one Pagefind version merge only with each other, so the version is part of every digest. */
const PAGEFIND_VERSION = (
  JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

export interface SearchIndexReport {
  /** Shards indexed by Pagefind in this build, newest first. */
  reindexed: string[];
  /** Shards whose pages were as in an earlier build, their bundle taken from the cache. */
  reused: string[];
  /** The files of the site the search step wrote and removed, for the site mirror. */
  changes: SiteChanges;
}

/** Beside Dateline's other caches (build-cache.ts), inside Astro's, so clearing Astro's clears it too. */
export const searchCacheDir = (contentDir: string): string => join(datelineCacheDir(contentDir), 'search');

function failIfAny(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** What Pagefind reads of a page, by its digest, and whether the page has a part to index. */
interface PageRead {
  digest: string;
  indexed: boolean;
}

/**
 * Every page of the site as the search step last read it, and every shard's digest. A page this build did
 * not write is as that build read it, so a rebuild reads only the pages it wrote (at 10,000 articles, one
 * changed page had made its shard's 1,000 be read and digested again, ~0.7 s a shard).
 */
interface SearchRecord {
  pages: Record<string, PageRead>;
  shards: Record<string, string>;
}

const isSearchRecord = (value: unknown): value is SearchRecord =>
  typeof (value as Partial<SearchRecord>).pages === 'object' &&
  typeof (value as Partial<SearchRecord>).shards === 'object';

/**
 * The digest of a shard's pages (paths and what Pagefind reads of each), and whether any has a part to
 * index. A page is read unless `known` gives it.
 */
async function readShard(
  siteDir: string,
  files: string[],
  known: (file: string) => PageRead | undefined,
): Promise<{ digest: string; indexed: boolean; pages: PageRead[] }> {
  const limit = pLimit(FILES_AT_ONCE);
  const pages = await Promise.all(
    files.map(
      (file) =>
        known(file) ??
        limit(async () => {
          const html = await readFile(join(siteDir, file), 'utf8');
          return {
            digest: createHash('sha256').update(searchedPart(html)).digest('hex').slice(0, 32),
            indexed: hasSearchBody(html),
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
  return { digest: digest.slice(0, 16), indexed: pages.some((page) => page.indexed), pages };
}

/**
 * A hard link where the two are on one file system, else a copy: for files nothing writes to in place
 * (a bundle is replaced whole, a page written anew).
 */
const linkOrCopy = (from: string, to: string): Promise<void> => link(from, to).catch(() => copyFile(from, to));

/**
 * Indexes one shard's pages into `bundleDir`, written aside and renamed so a stopped build never leaves
 * half a bundle there. Pagefind reads the shard from a folder of links to its pages at their paths in
 * the site: read from a folder, it reads many pages at once and always in the same order (pages handed
 * over one by one were three times slower, and handed over together came out in a different order, and
 * so a different bundle, every build), and it gives each the URL of its path.
 */
async function indexShard(siteDir: string, shard: string, files: string[], bundleDir: string): Promise<void> {
  const partial = `${bundleDir}.${process.pid}.partial`;
  const pages = `${partial}.pages`;
  await rm(partial, { recursive: true, force: true });
  await rm(pages, { recursive: true, force: true });
  try {
    for (const file of files) {
      await mkdir(dirname(join(pages, file)), { recursive: true });
      await linkOrCopy(join(siteDir, file), join(pages, file));
    }
    const { index, errors } = await createIndex();
    failIfAny('start', errors);
    if (!index) throw new Error('Pagefind could not start and gave no reason');
    const added = await index.addDirectory({ path: pages });
    failIfAny(`read the article pages of shard ${shard} in ${siteDir}`, added.errors);
    const written = await index.writeFiles({ outputPath: partial });
    failIfAny(`write the search index of shard ${shard} to ${partial}`, written.errors);
    // Frees this shard's index before the next one is read, so the indexer holds one shard at a time.
    await index.deleteIndex();
    await rename(partial, bundleDir);
  } finally {
    await rm(partial, { recursive: true, force: true });
    await rm(pages, { recursive: true, force: true });
  }
}

/** Puts the bundle in `from` at `to`, its files linked (linkOrCopy); returns their paths under `to`. */
async function placeBundle(from: string, to: string): Promise<string[]> {
  const files = filesUnder(from);
  for (const file of files) {
    await mkdir(dirname(join(to, file)), { recursive: true });
    await linkOrCopy(join(from, file), join(to, file));
  }
  return files;
}

/** What became of a shard: its digest and pages as read, and the site path of its bundle unless it has nothing to index. */
interface ShardOutcome {
  digest: string;
  pages: PageRead[];
  bundle?: string;
  reindexed?: boolean;
  changes?: SiteChanges;
}

/** Paths in a bundle folder as paths in the site. */
const inSite = (bundle: string, files: readonly string[]): string[] => files.map((file) => `${bundle.slice(1)}${file}`);

/** The files of a bundle folder of the site, as paths in the site (none if it has no such folder). */
const bundleFiles = (siteDir: string, bundle: string): string[] =>
  existsSync(join(siteDir, bundle)) ? inSite(bundle, filesUnder(join(siteDir, bundle))) : [];

/**
 * Puts a shard's bundle in the site: the cached one when its pages are as when it was indexed, else a new
 * one. `last` is what the last build read, when this one started from the site it wrote.
 */
async function writeShard(
  siteDir: string,
  shardCache: string,
  shard: string,
  files: string[],
  last: { record: SearchRecord; writtenPages: ReadonlySet<string> } | undefined,
): Promise<ShardOutcome> {
  const known = (file: string) => (last && !last.writtenPages.has(file) ? last.record.pages[file] : undefined);
  const { digest, indexed, pages } = await readShard(siteDir, files, known);
  if (!indexed) return { digest, pages };
  const cached = join(shardCache, digest);
  const reindexed = !existsSync(cached);
  if (reindexed) {
    await mkdir(shardCache, { recursive: true });
    await indexShard(siteDir, shard, files, cached);
    // A shard's bundle is a whole copy of its index and its pages change with most builds, so only the newest is kept.
    for (const older of await readdir(shardCache))
      if (older !== digest) await rm(join(shardCache, older), { recursive: true, force: true });
  }
  const bundle = shardBundlePath(shard);
  // A build that started from the last site finds there the bundles of the shards it did not change.
  if (last?.record.shards[shard] === digest && existsSync(join(siteDir, bundle))) {
    return { digest, pages, bundle, reindexed };
  }
  // The old bundle's files go, each named, so the mirror of the site loses them too: a fragment left
  // behind would keep an edited story's old text on the site.
  const before = bundleFiles(siteDir, bundle);
  await rm(join(siteDir, bundle), { recursive: true, force: true });
  const written = inSite(bundle, await placeBundle(cached, join(siteDir, bundle)));
  const kept = new Set(written);
  const removed = before.filter((file) => !kept.has(file));
  return { digest, pages, bundle, reindexed, changes: { written, removed } };
}

/**
 * Writes a bundle for every shard of articles to `{siteDir}/pagefind/{shard}/` and the list of them to
 * SHARDS_MANIFEST_PATH, indexing the shards whose pages have no bundle in `cacheDir` yet. When this build
 * started from the last site, only `writtenPages` (this build's) are read again. The list gives each
 * bundle's URL under the base of `siteUrl` (site.url): loaded from there, a bundle gives its results'
 * URLs that base too (Pagefind takes it from the path).
 */
export async function writeSearchIndex(
  siteDir: string,
  cacheDir: string,
  siteUrl: string,
  site: { files: readonly string[]; writtenPages?: ReadonlySet<string> },
): Promise<SearchIndexReport> {
  const { writtenPages } = site;
  const files = site.files.filter((file) => matchesGlob(file, ARTICLE_FILES_GLOB));
  // Beside the bundles' folder, whose entries are the shards.
  const recordFile = `${cacheDir}.json`;
  const record =
    writtenPages && existsSync(recordFile) ? (JSON.parse(await readFile(recordFile, 'utf8')) as unknown) : {};
  // A record written by an earlier version of this step, in another shape, is no record.
  const last = isSearchRecord(record) && writtenPages ? { record, writtenPages } : undefined;
  const shards = [...filesByShard(files)];
  const limit = pLimit(SHARDS_AT_ONCE);
  let written: ShardOutcome[];
  try {
    written = await Promise.all(
      shards.map(([shard, shardFiles]) =>
        limit(() => writeShard(siteDir, join(cacheDir, shard), shard, shardFiles, last)),
      ),
    );
  } finally {
    await close();
  }
  const read: SearchRecord = { pages: {}, shards: {} };
  const report: SearchIndexReport = { reindexed: [], reused: [], changes: { written: [], removed: [] } };
  const bundles: string[] = [];
  shards.forEach(([shard, shardFiles], at) => {
    const { digest, pages, bundle, reindexed, changes } = written[at]!;
    read.shards[shard] = digest;
    shardFiles.forEach((file, index) => (read.pages[file] = pages[index]!));
    if (changes) {
      report.changes.written.push(...changes.written);
      report.changes.removed.push(...changes.removed);
    }
    if (!bundle) return;
    (reindexed ? report.reindexed : report.reused).push(shard);
    bundles.push(bundle);
  });
  await mkdir(dirname(recordFile), { recursive: true });
  await writeFile(recordFile, JSON.stringify(read));
  // The bundles of shards that are no more (a year's stories taken down, or fewer of them).
  const bundlesDir = join(siteDir, SEARCH_BUNDLES_PATH);
  const current = new Set(bundles.map((bundle) => join(siteDir, bundle)));
  for (const entry of existsSync(bundlesDir) ? await readdir(bundlesDir, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && !current.has(join(bundlesDir, entry.name, '/'))) {
      report.changes.removed.push(...bundleFiles(siteDir, `${SEARCH_BUNDLES_PATH}${entry.name}/`));
      await rm(join(bundlesDir, entry.name), { recursive: true, force: true });
    }
  }
  const manifest: ShardsManifest = { bundles: bundles.map((bundle) => withBase(bundle, siteUrl)) };
  const manifestFile = join(siteDir, SHARDS_MANIFEST_PATH);
  await mkdir(dirname(manifestFile), { recursive: true });
  await writeFile(manifestFile, JSON.stringify(manifest));
  report.changes.written.push(SHARDS_MANIFEST_PATH.slice(1));
  return report;
}
