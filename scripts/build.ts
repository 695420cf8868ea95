/**
 * `npm run build`: builds into a scratch folder beside the output, then writes the search index into it,
 * and swaps it into place only when both succeed, so a failed build never leaves a half-written site
 * that could be deployed. The scratch folder starts as the last site but one, brought up to date with
 * what the last build changed (src/build/site-mirror.ts), so a rebuild writes only what changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { env } from '../src/env.ts';
import { site } from '../src/site.config.ts';
import { discardPendingRecord, publishRecord } from '../src/build/next-change-record.ts';
import { zonedIsoString } from '../src/lib/content/dates.ts';
import type { SearchIndexReport } from '../src/build/search-index.ts';
import { filesUnder } from '../src/build/site-files.ts';
import {
  holdsStartingSite,
  prepareScratch,
  scratchChanges,
  siteMirror,
  startBuildEpoch,
  updateMirror,
  writtenFiles,
} from '../src/build/site-mirror.ts';

const outDir = resolve(env.outDir);
// The same scratch folder every time: Astro's incremental build hashes code that mentions the output
// folder, so a new name on every build would make it render every page again.
const scratch = `${outDir}.building`;
const previous = `${outDir}.previous`;
// A build stopped between the two renames below left the last good site aside: put it back first.
if (existsSync(previous) && !existsSync(outDir)) renameSync(previous, outDir);
rmSync(previous, { recursive: true, force: true });
const mirror = siteMirror(env.contentDir, scratch);
const start = prepareScratch(scratch, mirror);
console.log(`site: building from ${start.from}`);
startBuildEpoch(mirror);
discardPendingRecord(env.contentDir);

function fail(what: string, status: number): never {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\n${what}: ${outDir} was left as it was.`);
  process.exit(status);
}

const build = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // glibc gives each thread that allocates its own malloc arena (up to 8 a core) and rarely returns their
  // free memory: Astro's process runs the Markdown and share-card workers beside its main thread.
  env: { MALLOC_ARENA_MAX: '2', ...process.env, OUT_DIR: scratch },
});
if (build.status !== 0) fail('Build failed', build.status ?? 1);

// Only once Astro has exited, so its memory and Pagefind's indexer's are never held at the same time; and
// imported only now, so this process does not hold the search step's modules beside Astro's (its RSS during
// the sample site's build: 90 → 83 MB).
const searchStarted = performance.now();
const { searchCacheDir, writeSearchIndex } = await import('../src/build/search-index.ts');
// The site as Astro left it, listed once for the search step and the mirror.
const files = filesUnder(scratch);
const writtenByAstro = writtenFiles(scratch, files, mirror);
let search: SearchIndexReport;
try {
  // Starting from the last site, the pages Astro has not written are as the last build left them.
  const writtenPages = start.from === 'last site' ? new Set(writtenByAstro) : undefined;
  search = await writeSearchIndex(scratch, searchCacheDir(env.contentDir), site.url, { files, writtenPages });
  const { reindexed, reused } = search;
  console.log(`phase search: ${((performance.now() - searchStarted) / 1000).toFixed(1)} s`);
  const which = reindexed.length > 0 ? ` (${reindexed.join(', ')})` : '';
  console.log(
    `search: ${reindexed.length + reused.length} shards, ${reindexed.length} re-indexed${which}, ${reused.length} reused`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail('The search index could not be written', 1);
}

const changes = scratchChanges(scratch, mirror, writtenByAstro, search.changes);
const replacedIsStartingSite = holdsStartingSite(outDir, start);
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
console.log(`Site written to ${outDir}: ${changes.written.length} files written, ${changes.removed.length} removed`);
const mirrorStarted = performance.now();
updateMirror(replacedIsStartingSite ? previous : undefined, outDir, changes, mirror);
rmSync(previous, { recursive: true, force: true });
console.log(`phase site: ${((performance.now() - mirrorStarted) / 1000).toFixed(1)} s`);
const record = publishRecord(env.contentDir);
if (record) {
  const { at, reasons } = record.nextChange;
  console.log(
    `next change: ${zonedIsoString(new Date(at), record.timeZone)}, ${reasons[0]}${reasons.length > 1 ? ` (and ${reasons.length - 1} more)` : ''}`,
  );
}
