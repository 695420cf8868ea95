/**
 * A content-addressed cache on disk for work a build would otherwise redo unchanged (share cards):
 * a result is stored under the hash of everything it depends on, so a changed input is simply a new
 * key and nothing is ever stale. It lives in the content folder's own Astro cache directory, which
 * astro.config.ts passes in DATELINE_CACHE_DIR; removing that directory makes the next build cold.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The bytes stored under `key` in `namespace`, computing and storing them first if absent. */
export async function cachedBytes(namespace: string, key: string, compute: () => Promise<Uint8Array>, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const root = env.DATELINE_CACHE_DIR;
  if (!root) return compute();
  const file = join(root, namespace, key);
  try {
    return await readFile(file);
  } catch {
    const bytes = await compute();
    await mkdir(join(root, namespace), { recursive: true });
    // Written aside and renamed, so a build stopped midway never leaves half a file under a valid key.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return bytes;
  }
}
