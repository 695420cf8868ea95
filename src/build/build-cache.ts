/**
 * A content-addressed cache on disk for work a build would otherwise redo unchanged (share cards):
 * a result is stored under the hash of everything it depends on, so a changed input is simply a new
 * key and nothing is ever stale. It lives in the content folder's own Astro cache directory, so
 * removing that directory makes the next build cold.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { env } from '../env.ts';
import { pipelineCodeKey } from './pipeline-code.ts';

/**
 * Astro's cache directory (astro.config.ts `cacheDir`, relative to the project root): one per content
 * folder, keyed by the Markdown pipeline's code (pipeline-code.ts), so fixtures never share one.
 */
export function astroCacheDir(contentDir: string): string {
  return `./node_modules/.astro/${pipelineCodeKey(process.cwd(), contentDir)}`;
}

const ownCacheDirs = new Map<string, string>();

/**
 * Dateline's own cache for builds of `contentDir` (render cache, share cards, search shards, the site
 * mirror), inside Astro's so clearing one clears both. Derived here again rather than handed over by
 * astro.config.ts: the pages run as a separate bundle that cannot see the config's values.
 */
export function datelineCacheDir(contentDir: string = env.contentDir): string {
  let dir = ownCacheDirs.get(contentDir);
  if (!dir) {
    dir = resolve(astroCacheDir(contentDir), 'dateline');
    ownCacheDirs.set(contentDir, dir);
  }
  return dir;
}

/**
 * Whether bytes are stored under `key` in `namespace`, without reading them. Synchronous: a rebuild asks
 * it of every article, and 10,000 promised `stat`s cost ten times what the answers do.
 */
export function isCached(
  namespace: string,
  key: string,
  cache: { dir?: string } = { dir: datelineCacheDir() },
): boolean {
  return cache.dir !== undefined && existsSync(join(cache.dir, namespace, key));
}

/** The bytes stored under `key` in `namespace`, computing and storing them first if absent (every time when `cache.dir` is unset). */
export async function cachedBytes(
  namespace: string,
  key: string,
  compute: () => Promise<Uint8Array>,
  cache: { dir?: string } = { dir: datelineCacheDir() },
): Promise<Uint8Array> {
  const root = cache.dir;
  if (!root) return compute();
  try {
    return await readFile(join(root, namespace, key));
  } catch {
    const bytes = await compute();
    await storeBytes(namespace, key, bytes, root);
    return bytes;
  }
}

/** Stores `bytes` under `key` in `namespace` of the cache folder `root`. */
export async function storeBytes(
  namespace: string,
  key: string,
  bytes: Uint8Array | string,
  root: string = datelineCacheDir(),
): Promise<void> {
  const file = join(root, namespace, key);
  // Written aside and renamed, so a build stopped midway never leaves half a file under a valid key; named
  // by process and thread, as the Markdown workers of one process write too.
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  // The folder is made on the first write that finds it missing, not asked for before every write.
  await writeFile(partial, bytes).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, bytes);
  });
  await rename(partial, file);
}
