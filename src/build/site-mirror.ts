/**
 * The site a build starts from. `npm run build` builds into a scratch folder and swaps it into place,
 * so a failed build never touches the live site; but Astro then starts from an empty folder and copies
 * every page it does not render again back from its cache, which at 10,000 articles is most of a
 * rebuild. Instead the site the last swap put aside (one build behind) is kept in Dateline's cache as a
 * mirror: the next build brings it up to date by copying only the files the last build wrote and
 * deleting those it removed, builds into it (Astro keeps a page that is already there), and removes
 * what this build no longer publishes. The mirror belongs to one output folder: if that folder is not
 * the one the last build wrote (removed, replaced), the mirror is dropped and the build starts empty.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { astroCacheDir } from './build-cache.ts';

/** What one build changed in its output, relative to the site it started from. */
export interface SiteChanges {
  /** Files this build wrote, `/`-separated paths under the output folder. */
  written: string[];
  /** Files the site it started from had and this build does not publish. */
  removed: string[];
}

interface MirrorRecord extends SiteChanges {
  /** The output folder's inode after the swap: the site these changes lead to. */
  siteInode: number;
}

export interface SiteMirror {
  /** The site one build behind the output folder. */
  dir: string;
  /** The changes of the last build, which bring `dir` up to the output folder. */
  record: string;
  /** The files this build removed from the site it started from (the Astro process writes it, see removeStaleFiles). */
  removed: string;
}

/** The mirror for builds of `contentDir` into the scratch folder `scratch`, in that content's own cache folder. */
export function siteMirror(contentDir: string, scratch: string): SiteMirror {
  const dir = join(
    astroCacheDir(contentDir),
    'dateline',
    'site',
    createHash('sha256').update(scratch).digest('hex').slice(0, 12),
  );
  return { dir: join(dir, 'mirror'), record: join(dir, 'changes.json'), removed: join(dir, 'removed.json') };
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function readRecord(file: string): MirrorRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MirrorRecord;
  } catch {
    return undefined;
  }
}

/** How a build starts: from the mirror brought up to date (and how many files that copied), or empty. */
export interface ScratchStart {
  /** Files copied into the mirror, or undefined when the build starts from an empty folder. */
  copied: number | undefined;
  /** Whether the output folder holds the site the last build of this mirror wrote, so it can be the next mirror. */
  outputIsOurs: boolean;
}

/**
 * Makes `scratch` the site to build into: the mirror brought up to `outDir`, or an empty folder when
 * there is no mirror of the site `outDir` holds.
 */
export function prepareScratch(scratch: string, outDir: string, mirror: SiteMirror): ScratchStart {
  rmSync(scratch, { recursive: true, force: true });
  const record = readRecord(mirror.record);
  const outputIsOurs = record !== undefined && existsSync(outDir) && statSync(outDir).ino === record.siteInode;
  rmSync(mirror.record, { force: true });
  rmSync(mirror.removed, { force: true });
  if (!outputIsOurs || !existsSync(mirror.dir)) {
    rmSync(mirror.dir, { recursive: true, force: true });
    return { copied: undefined, outputIsOurs };
  }
  renameSync(mirror.dir, scratch);
  for (const file of record.removed) rmSync(join(scratch, file), { force: true });
  for (const file of record.written) {
    const [from, to] = [join(outDir, file), join(scratch, file)];
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    // With the time the last build wrote it, so this build does not take the copy for its own work.
    const { atime, mtime } = statSync(from);
    utimesSync(to, atime, mtime);
  }
  return { copied: record.written.length, outputIsOurs };
}

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

const epochMarker = (mirror: SiteMirror): string => join(dirname(mirror.record), 'epoch');

/**
 * Run by the Astro process when its pages are written, before anything reads them: removes from the
 * site it built into what this build no longer publishes, that is every file no step of this build
 * wrote and Astro does not stand behind as its output (a deleted story's page, the last build's hashed
 * assets, search bundles, which the search step writes again), and notes them for the mirror.
 */
export function removeStaleFiles(siteDir: string, astroOutputs: Iterable<string>, mirror: SiteMirror): void {
  // A plain `astro build` into a folder of its own: it was not started from a last site.
  if (!existsSync(epochMarker(mirror))) return;
  const epoch = statSync(epochMarker(mirror)).mtimeMs;
  const kept = new Set([...astroOutputs].map((file) => relative(siteDir, file).split(sep).join('/')));
  const removed: string[] = [];
  for (const file of filesUnder(siteDir)) {
    if (kept.has(file) || statSync(join(siteDir, file)).mtimeMs > epoch) continue;
    rmSync(join(siteDir, file));
    removed.push(file);
  }
  writeFileSync(mirror.removed, JSON.stringify(removed));
}

/** What this build changed in `scratch`, once every step has written it. */
export function scratchChanges(scratch: string, mirror: SiteMirror): SiteChanges {
  const epoch = statSync(epochMarker(mirror)).mtimeMs;
  const written = filesUnder(scratch).filter((file) => statSync(join(scratch, file)).mtimeMs > epoch);
  // The steps after Astro (sitemaps, urls.json, search bundles) write again some of what it removed.
  const removed = (JSON.parse(readFileSync(mirror.removed, 'utf8')) as string[]).filter(
    (file) => !existsSync(join(scratch, file)),
  );
  return { written, removed };
}

/**
 * After the swap: records the new site, and keeps the site the swap put aside as its mirror when it is
 * one this mirror's builds wrote (else it is removed, and the next build starts empty once more).
 */
export function keepMirror(
  previousSite: string | undefined,
  outDir: string,
  changes: SiteChanges,
  mirror: SiteMirror,
): void {
  rmSync(mirror.dir, { recursive: true, force: true });
  mkdirSync(dirname(mirror.dir), { recursive: true });
  if (previousSite) renameSync(previousSite, mirror.dir);
  const record: MirrorRecord = { ...changes, siteInode: statSync(outDir).ino };
  writeFileSync(mirror.record, JSON.stringify(record));
}
