/**
 * The site a build starts from. `npm run build` builds into a scratch folder and swaps it into place,
 * so a failed build never touches the live site; but Astro then starts from an empty folder and copies
 * every page it does not render again back from its cache, which at 10,000 articles is most of a
 * rebuild. Instead Dateline's cache keeps a mirror of the last site built: a build starts from it
 * (Astro keeps a page that is already there), removes what it no longer publishes, and after the swap
 * the site it replaced becomes the next mirror by taking only the files this build wrote or removed.
 * Copies keep their file's modification time, so a page has the same one in the site and in the mirror
 * (src/integrations/built-site.ts knows a page it has read by it).
 * The mirror lives beside Astro's own caches, so a deployment that restores them (and not dist/) starts
 * from it too. A build that fails, or stops, leaves no mirror, and the next one starts empty.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { SEARCH_BUNDLES_PATH } from '../lib/search/search-shards.ts';
import { datelineCacheDir } from './build-cache.ts';

/** What one build changed in its output, relative to the site it started from. */
export interface SiteChanges {
  /** Files this build wrote, `/`-separated paths under the output folder. */
  written: string[];
  /** Files the site it started from had and this build does not publish. */
  removed: string[];
}

export interface SiteMirror {
  /** A copy of the last site built. */
  dir: string;
  /**
   * Written once `dir` is a whole copy, with the inode of the output folder it copies: a build stopped
   * while the mirror was updated leaves none.
   */
  complete: string;
  /** The files this build removed from the site it started from (the Astro process writes it, see removeStaleFiles). */
  removed: string;
}

/** The mirror for builds of `contentDir` into the scratch folder `scratch`, in that content's own cache folder. */
export function siteMirror(contentDir: string, scratch: string): SiteMirror {
  const dir = join(
    datelineCacheDir(contentDir),
    'site',
    createHash('sha256').update(scratch).digest('hex').slice(0, 12),
  );
  return { dir: join(dir, 'mirror'), complete: join(dir, 'mirror-complete'), removed: join(dir, 'removed.json') };
}

/** How a build starts: from the mirror of the last site, or from nothing. */
export interface ScratchStart {
  from: 'last site' | 'nothing';
  /** The inode of the output folder the mirror copied, to tell whether that folder still holds that site. */
  siteInode?: number;
}

/** Makes `scratch` the site to build into: the mirror of the last site, or an empty folder. */
export function prepareScratch(scratch: string, mirror: SiteMirror): ScratchStart {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(mirror.removed, { force: true });
  const siteInode =
    existsSync(mirror.complete) && existsSync(mirror.dir) ? Number(readFileSync(mirror.complete, 'utf8')) : undefined;
  rmSync(mirror.complete, { force: true });
  if (siteInode === undefined) {
    rmSync(mirror.dir, { recursive: true, force: true });
    return { from: 'nothing' };
  }
  renameSync(mirror.dir, scratch);
  return { from: 'last site', siteInode };
}

/** Whether `outDir` still holds the site this build started from a copy of, so the swap's leftover can become the next mirror. */
export const holdsStartingSite = (outDir: string, start: ScratchStart): boolean =>
  start.siteInode !== undefined && existsSync(outDir) && statSync(outDir).ino === start.siteInode;

const epochMarker = (mirror: SiteMirror): string => join(dirname(mirror.complete), 'epoch');

/**
 * Marks the file-system time this build starts at: a file it writes has a later modification time, a
 * file an earlier build wrote an earlier or equal one. File times come from a coarse clock (a few
 * milliseconds), so it waits until the clock has moved on before the build writes anything.
 */
export function startBuildEpoch(mirror: SiteMirror): void {
  const marker = epochMarker(mirror);
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, '');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
}

/**
 * Run by the Astro process when its pages are written, before anything reads them: removes from the
 * site it built into what this build no longer publishes, that is every file no step of this build
 * wrote and Astro does not stand behind as its output (a deleted story's page, the last build's hashed
 * assets), and notes them for the mirror. Returns the files of the site (`files`, as filesUnder in site-files.ts lists
 * them) that remain.
 */
export function removeStaleFiles(
  siteDir: string,
  files: readonly string[],
  astroOutputs: Iterable<string>,
  mirror: SiteMirror,
): string[] {
  // A plain `astro build` into a folder of its own: it was not started from a last site.
  if (!existsSync(epochMarker(mirror))) return [...files];
  const epoch = statSync(epochMarker(mirror)).mtimeMs;
  const kept = new Set([...astroOutputs].map((file) => relative(siteDir, file).split(sep).join('/')));
  // The search step, which runs after Astro, keeps its bundles up to date itself (src/build/search-index.ts).
  const searchBundles = SEARCH_BUNDLES_PATH.slice(1);
  const removed: string[] = [];
  const remaining = files.filter((file) => {
    if (kept.has(file) || file.startsWith(searchBundles) || statSync(join(siteDir, file)).mtimeMs > epoch) return true;
    rmSync(join(siteDir, file));
    removed.push(file);
    return false;
  });
  writeFileSync(mirror.removed, JSON.stringify(removed));
  return remaining;
}

/** Of the files of `scratch` (as filesUnder in site-files.ts lists them), those this build has written so far. */
export function writtenFiles(scratch: string, files: readonly string[], mirror: SiteMirror): string[] {
  const epoch = statSync(epochMarker(mirror)).mtimeMs;
  return files.filter((file) => statSync(join(scratch, file)).mtimeMs > epoch);
}

/**
 * What this build changed in `scratch`, once every step has written it: what the Astro process wrote
 * (`writtenByAstro`, its integrations' files included) and removed, and what the steps after it changed.
 */
export function scratchChanges(
  scratch: string,
  mirror: SiteMirror,
  writtenByAstro: readonly string[],
  after: SiteChanges,
): SiteChanges {
  // The steps after Astro's pages (sitemaps, urls.json, search bundles) write again some of what it removed.
  const removedByAstro = (JSON.parse(readFileSync(mirror.removed, 'utf8')) as string[]).filter(
    (file) => !existsSync(join(scratch, file)),
  );
  return { written: [...writtenByAstro, ...after.written], removed: [...removedByAstro, ...after.removed] };
}

/**
 * After the swap, makes the mirror a copy of the new site `outDir`: the site the swap replaced, when it
 * is the one this build started from a copy of (holdsStartingSite, so `changes` lead from it), takes
 * just the changes; otherwise the new site is copied whole, once.
 */
export function updateMirror(
  replaced: string | undefined,
  outDir: string,
  changes: SiteChanges,
  mirror: SiteMirror,
): void {
  rmSync(mirror.dir, { recursive: true, force: true });
  mkdirSync(dirname(mirror.dir), { recursive: true });
  if (replaced) {
    renameSync(replaced, mirror.dir);
    for (const file of changes.removed) rmSync(join(mirror.dir, file), { force: true });
    for (const file of changes.written) {
      mkdirSync(dirname(join(mirror.dir, file)), { recursive: true });
      copyFileSync(join(outDir, file), join(mirror.dir, file));
      const { atime, mtime } = statSync(join(outDir, file));
      utimesSync(join(mirror.dir, file), atime, mtime);
    }
  } else {
    cpSync(outDir, mirror.dir, { recursive: true, preserveTimestamps: true });
  }
  writeFileSync(mirror.complete, String(statSync(outDir).ino));
}
