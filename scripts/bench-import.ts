/**
 * `npm run bench:import [-- --posts 20000]`: how long `npm run import:wordpress` takes on a newsroom's
 * archive, and how much memory it needs. Generates a synthetic export (generate-wordpress-export.ts) with
 * its uploads folder into .tmp/bench-import/ (kept between runs: generated once per size), imports it into
 * an empty content folder as an editor would, and prints the export's size, the wall-clock seconds and the
 * importer's peak resident memory. The figure in the README's "Moving from WordPress" comes from here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateWordpressExport } from './generate-wordpress-export.ts';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { posts: { type: 'string', default: '20000' } } });
const posts = Number(values.posts);
const dir = join(root, '.tmp/bench-import');
const exportFile = join(dir, `export-${posts}.xml`);
const uploads = join(dir, 'uploads');
const content = join(dir, 'content');

if (!existsSync(exportFile)) {
  console.error(`generating a ${posts.toLocaleString('en-US')}-post export…`);
  await generateWordpressExport(exportFile, { posts, uploads, image: join(root, 'tests/fixtures/images/harbor.jpg') });
}
rmSync(content, { recursive: true, force: true });
rmSync(join(dir, 'wordpress-urls.json'), { force: true });

// The child reports its own peak memory on exit: spawnSync does not give a child's resource usage.
const reportMaxRss = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss-kib '+process.resourceUsage().maxRSS+'\\n'))`;
const started = performance.now();
const run = spawnSync(
  join(root, 'node_modules/.bin/node'),
  [
    '--import',
    reportMaxRss,
    join(root, 'src/cli/import-wordpress.ts'),
    exportFile,
    '--uploads',
    uploads,
    '--into',
    content,
    '--format',
    'json',
  ],
  { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, DATELINE_NOW: '2026-12-01T12:00:00Z' } },
);
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const peakKib = Number(/maxrss-kib (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
const report = JSON.parse(run.stdout) as {
  imported: { articles: { published: number; embargoed: number; drafts: number }; images: number };
  files: { written: number };
  problems: unknown[];
};
const articles =
  report.imported.articles.published + report.imported.articles.embargoed + report.imported.articles.drafts;
console.log(`export: ${posts.toLocaleString('en-US')} posts, ${(statSync(exportFile).size / 2 ** 20).toFixed(0)} MiB`);
console.log(
  `imported: ${articles.toLocaleString('en-US')} articles, ${report.imported.images} images, ${report.files.written.toLocaleString('en-US')} files, ${report.problems.length} report lines`,
);
console.log(`time: ${seconds.toFixed(1)} s`);
console.log(`peak memory (RSS): ${(peakKib / 1024).toFixed(0)} MiB`);
