/**
 * Where `npm run import:wordpress` writes, and how, so that a failed import leaves nothing half-written
 * and a second run of the same export changes nothing. Every new or changed file of the content folder
 * goes first into a scratch folder beside it (same file system, so the final move is a rename), and moves
 * into place only once the whole export has been converted; a file named elsewhere (the URL list) is kept
 * until then, and written beside its target and renamed. A file already there with the same bytes is
 * left untouched (its modification time too, so the build's caches keep it); one that differs is an
 * editor's change since the last import, and is kept. `--dry-run` writes nothing at all, not even the
 * scratch folder: it only compares.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface WriteCounts {
  written: number;
  unchanged: number;
  /** Files that exist and differ from the export's: kept as they are. */
  kept: string[];
}

type Outcome = 'written' | 'unchanged' | 'kept';

export class ImportWriter {
  private readonly contentDir: string;
  private readonly dryRun: boolean;
  private scratch: string | undefined;
  /** Target → its new version in the scratch folder. */
  private readonly staged = new Map<string, string>();
  private stagedFiles = 0;
  /** Files named by an absolute path (the URL list), which may be on another file system: see finish(). */
  private readonly elsewhere = new Map<string, string>();
  /** What became of each target: a second write of one (an image two articles show) changes nothing. */
  private readonly outcomes = new Map<string, Outcome>();
  private readonly counts: WriteCounts = { written: 0, unchanged: 0, kept: [] };

  constructor(contentDir: string, options: { dryRun: boolean }) {
    this.contentDir = resolve(contentDir);
    this.dryRun = options.dryRun;
  }

  /** The scratch folder, made on first use: `.wordpress-import-XXXXXX` beside the content folder. */
  private scratchDir(): string {
    if (!this.scratch) {
      const parent = dirname(this.contentDir);
      mkdirSync(parent, { recursive: true });
      this.scratch = mkdtempSync(join(parent, '.wordpress-import-'));
    }
    return this.scratch;
  }

  private stage(target: string, write: (path: string) => void): void {
    if (this.dryRun) return;
    const path = join(this.scratchDir(), `${(this.stagedFiles += 1)}-${basename(target)}`);
    write(path);
    this.staged.set(target, path);
  }

  private count(outcome: Outcome, target: string): Outcome {
    this.outcomes.set(target, outcome);
    if (outcome === 'kept') this.counts.kept.push(target);
    else this.counts[outcome] += 1;
    return outcome;
  }

  /** A text file under the content folder (`path` relative to it), or anywhere (`absolute`) for the URL list. */
  writeText(path: string, content: string, options: { absolute?: boolean; replace?: boolean } = {}): Outcome {
    const target = options.absolute ? resolve(path) : join(this.contentDir, path);
    if (this.outcomes.has(target)) return 'unchanged';
    if (existsSync(target)) {
      if (readFileSync(target, 'utf8') === content) return this.count('unchanged', target);
      if (!options.replace) return this.count('kept', target);
    }
    if (options.absolute) {
      if (!this.dryRun) this.elsewhere.set(target, content);
    } else this.stage(target, (scratchPath) => writeFileSync(scratchPath, content));
    return this.count('written', target);
  }

  /** A text file of the content folder written before in this import, again: its first version is forgotten. */
  rewriteText(path: string, content: string): Outcome {
    const target = join(this.contentDir, path);
    const earlier = this.outcomes.get(target);
    if (earlier === 'kept') this.counts.kept.splice(this.counts.kept.indexOf(target), 1);
    else if (earlier) this.counts[earlier] -= 1;
    this.outcomes.delete(target);
    const stale = this.staged.get(target);
    if (stale) rmSync(stale);
    this.staged.delete(target);
    return this.writeText(path, content);
  }

  /** A copy of a file (an upload) under the content folder. */
  copyFile(source: string, path: string): Outcome {
    const target = join(this.contentDir, path);
    if (this.outcomes.has(target)) return 'unchanged';
    if (existsSync(target)) {
      const same = statSync(target).size === statSync(source).size && readFileSync(target).equals(readFileSync(source));
      return this.count(same ? 'unchanged' : 'kept', target);
    }
    this.stage(target, (scratchPath) => copyFileSync(source, scratchPath));
    return this.count('written', target);
  }

  /** Moves every staged file into place, then removes the scratch folder. */
  finish(): WriteCounts {
    for (const [to, from] of this.staged) {
      mkdirSync(dirname(to), { recursive: true });
      renameSync(from, to);
    }
    for (const [target, content] of this.elsewhere) writeBeside(target, content);
    this.elsewhere.clear();
    this.abort();
    return this.counts;
  }

  /** Leaves the content folder as it was: the scratch folder goes. */
  abort(): void {
    if (this.scratch) rmSync(this.scratch, { recursive: true, force: true });
    this.scratch = undefined;
  }
}

/**
 * A file written whole or not at all: into a temporary file in the target's own folder, then renamed. A
 * rename is atomic only within one file system, and the scratch folder beside the content folder may be on
 * another one than a file named anywhere (renameSync would fail with EXDEV).
 */
function writeBeside(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${basename(target)}-${randomUUID()}`);
  writeFileSync(temporary, content, { flag: 'wx' });
  try {
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

const MAGIC: { test: (head: Buffer) => boolean }[] = [
  { test: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff }, // JPEG
  { test: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) }, // PNG
  { test: (head) => head.subarray(0, 4).toString('latin1') === 'GIF8' },
  {
    test: (head) =>
      head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { test: (head) => head.subarray(4, 8).toString('latin1') === 'ftyp' }, // AVIF
  { test: (head) => ['II*\0', 'MM\0*'].includes(head.subarray(0, 4).toString('latin1')) }, // TIFF
  { test: (head) => /^\s*(<\?xml|<svg|<!--)/.test(head.toString('utf8')) }, // SVG
];

/**
 * Whether an upload can be copied: it is in the uploads folder and starts like the image its name says,
 * so that a file WordPress kept but that is empty or not an image never breaks the build. Looked up once.
 */
export function uploadsLookup(uploadsDir: string): {
  check: (uploadPath: string) => true | string;
  path: (uploadPath: string) => string;
} {
  const root = resolve(uploadsDir);
  const known = new Map<string, true | string>();
  const path = (uploadPath: string) => join(root, ...uploadPath.split('/'));
  const check = (uploadPath: string): true | string => {
    let result = known.get(uploadPath);
    if (result !== undefined) return result;
    const file = path(uploadPath);
    if (!file.startsWith(root + sep)) result = 'is outside the uploads folder';
    else if (!existsSync(file) || !statSync(file).isFile())
      result = `is not in the uploads folder (no file ${relative(process.cwd(), file) || file})`;
    else {
      const head = Buffer.alloc(64);
      const descriptor = openSync(file, 'r');
      const read = readSync(descriptor, head, 0, head.length, 0);
      closeSync(descriptor);
      result = MAGIC.some((kind) => kind.test(head.subarray(0, read)))
        ? true
        : 'is in the uploads folder but is not an image file';
    }
    known.set(uploadPath, result);
    return result;
  };
  return { check, path };
}

/** The files under a folder, relative to it, `/`-separated: what an existing content folder already holds. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}
