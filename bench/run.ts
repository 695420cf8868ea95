/**
 * `npm run bench`: how fast Dateline builds a newsroom's archive and how light its pages are.
 *
 * For each corpus size (default 1,000 and 10,000 synthetic articles, see corpus.ts; 100,000 on request) it
 * builds the site cold with `npm run build`'s script, then again after editing one article and after adding
 * one, and reports wall time, each phase of the build, ms per article, peak memory, the size of dist/ and
 * the related-stories computation. The 1,000-article corpus is also built by a bare Astro site
 * (bench/reference) in the same run, and Dateline's time is reported as a ratio to it, so the figures
 * hold on a noisy machine. On the sample site it reports what an article page weighs and Lighthouse's scores.
 * Writes bench/results/latest.json and latest.md and prints FAIL beside every figure over its budget.
 *
 *   npm run bench                       # everything
 *   npm run bench -- --sizes 1000       # only the 1,000-article corpus
 *   npm run bench -- --sizes 100000     # the 100,000-article archive (not in the default run)
 *   npm run bench -- --skip-reader      # no page weights or Lighthouse
 *   npm run bench -- --related-only     # only the related-stories computation (no builds)
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../src/cli/read-articles.ts';
import { relatedStories } from '../src/lib/related/related.ts';
import { filesUnder } from '../tests/gates/site-files.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { writeCorpus } from './corpus.ts';
import { lighthouseScores } from './lighthouse.ts';
import { measure, type Measured } from './measure.ts';
import { javascriptNeededBytes, pageWeight } from './reader.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp/bench');
const results = join(root, 'bench/results');
const NOW = '2026-11-25T12:00:00Z';
const SAMPLE_ARTICLE = '/city/2026/11/20/harbor-bridge-reopens/';

const BUDGETS = {
  referenceRatio: 0.5,
  cold10kSeconds: 120,
  cold100kSeconds: 720,
  growth10kOver1k: 11,
  growth100kOver10k: 11,
  peakRssMiB: 2048,
  peakRss10kMiB: 1536,
  peakRss100kMiB: 4096,
  warmOverCold: 0.15,
  edit10kSeconds: 10,
  add10kSeconds: 15,
  edit100kSeconds: 60,
  related10kMs: 3000,
  articleJsGzipKiB: 2,
  articleHtmlCssGzipKiB: 25,
  lighthouse: 100,
};

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'skip-reader': { type: 'boolean', default: false },
    'related-only': { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 10)) {
  console.error(`--sizes must be a comma-separated list of article counts of at least 10, got "${options.sizes}"`);
  process.exit(2);
}

interface Row {
  figure: string;
  value: string;
  budget: string;
  ok: boolean;
}
const rows: Row[] = [];
const figures: Record<string, unknown> = {};

function report(figure: string, value: number, unit: string, budget?: { max: number } | { min: number }): void {
  const ok = !budget || ('max' in budget ? value <= budget.max : value >= budget.min);
  const shown = `${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`.trim();
  const limit = budget ? ('max' in budget ? `≤ ${budget.max} ${unit}` : `≥ ${budget.min} ${unit}`).trim() : '';
  rows.push({ figure, value: shown, budget: limit, ok });
  figures[figure] = value;
  console.log(`${ok ? '    ' : 'FAIL'} ${figure}: ${shown}${limit ? ` (budget ${limit})` : ''}`);
}

function duMiB(dir: string): number {
  return filesUnder(dir).reduce((bytes, file) => bytes + statSync(file).size, 0) / 1024 / 1024;
}

function mustSucceed(what: string, run: Measured): Measured {
  if (run.status !== 0) {
    console.error(`${what} failed:\n${run.output.slice(-4000)}`);
    process.exit(1);
  }
  return run;
}

/** `astro build` from a clean slate: no output, no content-layer cache of this corpus. */
async function coldBuild(projectDir: string, contentDir: string, outDir: string, cacheDir?: string): Promise<Measured> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(projectDir, 'node_modules/.astro'), { recursive: true, force: true });
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  return build(projectDir, contentDir, outDir, cacheDir);
}

/** Dateline builds as `npm run build` does (every step, the atomic swap included); the reference with `astro build`. */
function build(projectDir: string, contentDir: string, outDir: string, cacheDir?: string): Promise<Measured> {
  const [command, args] =
    projectDir === root
      ? [process.execPath, [join(root, 'scripts/build.ts')]]
      : [join(root, 'node_modules/.bin/astro'), ['build']];
  return measure(command, args, {
    cwd: projectDir,
    env: {
      NODE_ENV: 'production',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      DATELINE_NOW: NOW,
      ...(cacheDir && { CACHE_DIR: cacheDir }),
    },
  });
}

/**
 * Seconds of each phase of a build, from what it prints: Dateline's own steps print
 * `phase <name>: <seconds> s`; Astro says how long its content sync (with the type generation), its
 * bundling and its page generation took.
 */
function phases(output: string): Record<string, number> {
  const found: Record<string, number> = {};
  const add = (name: string, seconds: number) => (found[name] = (found[name] ?? 0) + seconds);
  // Astro writes "881ms", "29.22s" or, past a minute, "2m 11s".
  const duration = String.raw`(?:(\d+)m )?([\d.]+)(m?s)`;
  const seconds = ([, minutes, value, unit]: RegExpMatchArray) =>
    Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
  for (const [, name, value] of output.matchAll(/phase ([\w-]+): ([\d.]+) s/g)) add(name!, Number(value));
  for (const match of output.matchAll(new RegExp(String.raw`\[types\] Generated ${duration}`, 'g')))
    add('content', seconds(match));
  for (const match of output.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g')))
    add('bundle', seconds(match));
  const pagesAt = output.indexOf('generating static routes');
  const pages =
    pagesAt < 0 ? null : new RegExp(String.raw`\n[^\n]*✓ Completed in ${duration}`).exec(output.slice(pagesAt));
  if (pages) add('pages', seconds(pages));
  return found;
}

function reportPhases(label: string, run: Measured): void {
  const shown = Object.entries(phases(run.output)).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`);
  console.log(`     phases of the ${label}: ${shown.join(', ') || 'none printed'}`);
  figures[`phases: ${label}`] = phases(run.output);
}

console.log(
  `Dateline benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
const coldSeconds = new Map<number, number>();

for (const size of sizes) {
  const contentDir = join(work, `corpus-${size}`);
  const outDir = join(work, `dist-${size}`);
  const corpus = writeCorpus(contentDir, size);
  console.log(`\n${size} articles (${corpus.words.toLocaleString('en')} words)`);

  if (!options['related-only']) await buildFigures(size, contentDir, outDir);

  // Read through the build's schema (the corpora of every size share their authors and sections).
  const stories = await readArticles(contentDir);
  const started = performance.now();
  relatedStories(stories, 4);
  report(
    `related stories for all ${size} articles`,
    Math.round(performance.now() - started),
    'ms',
    size === 10000 ? { max: BUDGETS.related10kMs } : undefined,
  );
}

/** Cold build (against the reference at 1,000 articles), memory, size, and the rebuild after one edit. */
async function buildFigures(size: number, contentDir: string, outDir: string): Promise<void> {
  if (size === 1000) {
    const reference = mustSucceed(
      'The bare reference build',
      await coldBuild(
        join(root, 'bench/reference'),
        contentDir,
        join(work, 'reference-dist'),
        join(work, 'reference-cache'),
      ),
    );
    report('bare Astro + unified reference, 1,000 articles', reference.seconds, 's');
    figures.referenceSeconds = reference.seconds;
  }

  const cold = mustSucceed(`The cold build of ${size} articles`, await coldBuild(root, contentDir, outDir));
  coldSeconds.set(size, cold.seconds);
  const coldBudget = { 10000: BUDGETS.cold10kSeconds, 100000: BUDGETS.cold100kSeconds }[size];
  report(`cold build, ${size} articles`, cold.seconds, 's', coldBudget ? { max: coldBudget } : undefined);
  reportPhases(`cold build, ${size} articles`, cold);
  report(`per article, ${size} articles`, (cold.seconds * 1000) / size, 'ms');
  const peakBudget = { 10000: BUDGETS.peakRss10kMiB, 100000: BUDGETS.peakRss100kMiB }[size] ?? BUDGETS.peakRssMiB;
  report(`peak memory (RSS), every process of the build together, ${size} articles`, cold.peakRssMiB, 'MiB', {
    max: peakBudget,
  });
  report(`peak memory (RSS) of the largest process of the build, ${size} articles`, cold.peakOwnRssMiB, 'MiB');
  report(`size of dist/, ${size} articles`, duMiB(outDir), 'MiB');
  if (size === 1000 && typeof figures.referenceSeconds === 'number') {
    report('Dateline ÷ bare reference, 1,000 articles', cold.seconds / figures.referenceSeconds, '×', {
      max: BUDGETS.referenceRatio,
    });
  }

  const articles = readdirSync(join(contentDir, 'articles')).sort();
  const edited = join(contentDir, 'articles', articles[Math.floor(size / 2)]!);
  appendFileSync(edited, '\nA sentence added by the benchmark to edit one article.\n');
  const warm = mustSucceed(`The rebuild of ${size} articles after one edit`, await build(root, contentDir, outDir));
  const editBudget = { 10000: BUDGETS.edit10kSeconds, 100000: BUDGETS.edit100kSeconds }[size];
  report(
    `rebuild after editing one article, ${size} articles`,
    warm.seconds,
    's',
    editBudget ? { max: editBudget } : undefined,
  );
  reportPhases(`rebuild after one edit, ${size} articles`, warm);
  report(`rebuild ÷ cold build, ${size} articles`, warm.seconds / cold.seconds, '×', { max: BUDGETS.warmOverCold });

  // A breaking story: a new file, newest of all, that every front, feed and listing it belongs to shows.
  const template = readFileSync(edited, 'utf8')
    .replace(/^publishedAt: .*$/m, `publishedAt: ${NOW}`)
    .replace(/^headline: .*$/m, 'headline: "Breaking: a story added by the benchmark"');
  writeFileSync(join(contentDir, 'articles', 'breaking-benchmark-story.md'), template);
  const added = mustSucceed(`The rebuild of ${size} articles after adding one`, await build(root, contentDir, outDir));
  report(
    `rebuild after adding one article, ${size} articles`,
    added.seconds,
    's',
    size === 10000 ? { max: BUDGETS.add10kSeconds } : undefined,
  );
  reportPhases(`rebuild after adding one, ${size} articles`, added);
}

const growth = (from: number, to: number, max: number) => {
  const [small, large] = [coldSeconds.get(from), coldSeconds.get(to)];
  if (small && large)
    report(`${to.toLocaleString('en')} ÷ ${from.toLocaleString('en')} articles cold build time`, large / small, '×', {
      max,
    });
};
growth(1000, 10000, BUDGETS.growth10kOver1k);
growth(10000, 100000, BUDGETS.growth100kOver10k);

if (!options['skip-reader'] && !options['related-only']) {
  console.log('\nThe sample site, as a reader gets it');
  const sampleDist = join(work, 'sample-dist');
  mustSucceed('The sample site build', await coldBuild(root, join(root, 'content'), sampleDist));
  const weight = pageWeight(sampleDist, SAMPLE_ARTICLE);
  const server = await serveStatic(sampleDist);
  try {
    report(
      'article page: JavaScript needed to read and share',
      await javascriptNeededBytes(server.origin, SAMPLE_ARTICLE, weight.javascriptGzipKiB),
      'B',
      { max: 0 },
    );
    report('article page: JavaScript in total (gzip)', weight.javascriptGzipKiB, 'KiB', {
      max: BUDGETS.articleJsGzipKiB,
    });
    report('article page: HTML + CSS (gzip)', weight.htmlAndCssGzipKiB, 'KiB', { max: BUDGETS.articleHtmlCssGzipKiB });
    for (const [name, path] of [
      ['home', '/'],
      ['article', SAMPLE_ARTICLE],
    ] as const) {
      const scores = await lighthouseScores(`${server.origin}${path}`);
      for (const [category, score] of Object.entries(scores))
        report(`Lighthouse ${category}, ${name} page`, score, '', { min: BUDGETS.lighthouse });
    }
  } finally {
    await server.close();
  }
}

mkdirSync(results, { recursive: true });
const failed = rows.filter((row) => !row.ok);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  join(results, 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, figures, failed: failed.map((row) => row.figure) }, null, 2)}\n`,
);
writeFileSync(
  join(results, 'latest.md'),
  [
    `Machine: ${machine}`,
    '',
    '| figure | value | budget | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.figure} | ${row.value} | ${row.budget} | ${row.ok ? 'ok' : 'FAIL'} |`),
    '',
  ].join('\n'),
);
console.log(
  `\n${failed.length === 0 ? 'Every budget holds.' : `${failed.length} figure(s) over budget.`} Results in ${results}/latest.{json,md}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
