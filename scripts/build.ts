/**
 * `npm run build`: builds into a scratch folder beside the output and swaps it into place only when
 * `astro build` succeeds, so a failed build never leaves a half-written site that could be deployed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { env } from '../src/env.ts';

const outDir = resolve(env.outDir);
// The same scratch folder every time: Astro's incremental build hashes code that mentions the output
// folder, so a new name on every build would make it render every page again.
const scratch = `${outDir}.building`;
const previous = `${outDir}.previous`;
// A build stopped between the two renames below left the last good site aside: put it back first.
if (existsSync(previous) && !existsSync(outDir)) renameSync(previous, outDir);
rmSync(scratch, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });

const build = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: scratch },
});

if (build.status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was.`);
  process.exit(build.status ?? 1);
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(scratch, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Site written to ${outDir}`);
