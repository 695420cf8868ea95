/**
 * After a WordPress import, the newsroom builds, and every URL of the old site the importer listed is
 * still served or redirected by the new one: posts by their aliases, archives, the feed and moved pages
 * by content/redirects.yaml.
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { buildSite, page, projectRoot, scratchDir, type BuildResult } from '../helpers/site.ts';

const NOW = '2026-12-01T12:00:00Z';
const fixtures = join(projectRoot, 'tests/fixtures/wordpress');

let root: string;
let build: BuildResult;

beforeAll(() => {
  root = scratchDir('wordpress-build');
  const content = join(root, 'content');
  const imported = runCli(
    'import-wordpress',
    [join(fixtures, 'newsroom.xml'), '--uploads', join(fixtures, 'uploads'), '--into', content],
    { DATELINE_NOW: NOW },
  );
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stderr}`);
  build = buildSite(content, { now: NOW });
}, 120_000);

it('builds the imported newsroom', () => {
  expect(build.status, build.output).toBe(0);
  const $ = page(build.outDir, '/city-hall/2019/06/10/council-budget/');
  expect($('.article__meta .byline a').length).toBe(2);
  expect(page(build.outDir, '/about/')('h1').text()).not.toBe('');
});

it('answers every old URL the importer listed: npm run check:urls passes', () => {
  const check = runCli('check-urls', [join(root, 'wordpress-urls.json'), '--current', join(build.outDir, 'urls.json')]);
  expect(check.stdout).toMatch(/^All \d+ URLs of .*wordpress-urls\.json are still served or redirected/);
  expect(check.status).toBe(0);
});

it('redirects the old category archive to its section', () => {
  expect(page(build.outDir, '/category/news/city-hall/')('meta[http-equiv=refresh]').attr('content')).toBe(
    '0; url=/city-hall/',
  );
});
