/**
 * `npm run parity -- --base <git revision> [--content <folder>] [--articles N]`: builds the same content
 * with the working tree and with an earlier revision of Dateline, and lists every output file that
 * differs between the two. A change to how the build works (the Markdown parser, the content loader,
 * caches, shards) must leave what readers get byte-identical; this is how to see that it does.
 *
 * The earlier revision is checked out beside the project (a git worktree in .tmp/parity/base, sharing
 * node_modules); both builds use the same clock, content and output path. Exits 1 when a file differs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder } from '../tests/gates/site-files.ts';
import { astroCacheDir } from '../src/build/build-cache.ts';
import { writeCorpus } from './corpus.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp/parity');
const NOW = '2026-11-25T12:00:00Z';

const { values: options } = parseArgs({
  options: { base: { type: 'string' }, content: { type: 'string' }, articles: { type: 'string' } },
});
if (!options.base) {
  console.error('Usage: npm run parity -- --base <git revision> [--content <folder> | --articles <N>]');
  process.exit(2);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed in ${cwd}:\n${(result.stdout + result.stderr).slice(-4000)}`);
    process.exit(1);
  }
}

// A content folder of this run's own: Astro's caches are keyed by the content folder and the code, so
// both builds start cold, and both read the same path.
const content = join(work, `content-${process.pid}`);
if (options.articles) writeCorpus(content, Number(options.articles));
else cpSync(resolve(options.content ?? join(root, 'content')), content, { recursive: true });

const baseTree = join(work, 'base');
if (existsSync(baseTree)) run('git', ['worktree', 'remove', '--force', baseTree], root);
run('git', ['worktree', 'prune'], root);
run('git', ['worktree', 'add', '--detach', baseTree, options.base], root);
symlinkSync(join(root, 'node_modules'), join(baseTree, 'node_modules'));

// One output path for both, so nothing that mentions it differs; each build is moved aside after.
const outDir = join(work, 'dist');
const outputs: Record<'base' | 'head', string> = { base: join(work, 'dist-base'), head: join(work, 'dist-head') };
for (const [side, tree] of [
  ['base', baseTree],
  ['head', root],
] as const) {
  // The two trees share node_modules, so a cache folder both compute the same key for would carry the
  // first build's content store (file paths under the other tree) into the second: each starts cold.
  rmSync(resolve(root, astroCacheDir(content)), { recursive: true, force: true });
  rmSync(outputs[side], { recursive: true, force: true });
  run(process.execPath, [join(tree, 'scripts/build.ts')], tree, {
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    DATELINE_NOW: NOW,
  });
  run('mv', [outDir, outputs[side]], work);
}
run('git', ['worktree', 'remove', '--force', baseTree], root);
rmSync(content, { recursive: true, force: true });

const list = (dir: string) => new Set(filesUnder(dir).map((file) => relative(dir, file)));
const [before, after] = [list(outputs.base), list(outputs.head)];
const onlyBefore = [...before].filter((file) => !after.has(file));
const onlyAfter = [...after].filter((file) => !before.has(file));
const changed = [...before].filter(
  (file) => after.has(file) && !readFileSync(join(outputs.base, file)).equals(readFileSync(join(outputs.head, file))),
);
for (const file of onlyBefore) console.log(`only in ${options.base}: ${file}`);
for (const file of onlyAfter) console.log(`only in the working tree: ${file}`);
for (const file of changed) console.log(`differs: ${file}`);
console.log(
  `${before.size} files from ${options.base}, ${after.size} from the working tree: ${changed.length} differ, ${onlyBefore.length + onlyAfter.length} on one side only.`,
);
process.exitCode = changed.length + onlyBefore.length + onlyAfter.length === 0 ? 0 : 1;
