/**
 * A preview build (PREVIEW=1, what `npm run dev` runs) shows editors their drafts and embargoed
 * stories, each flagged, and keeps every page of the build out of search engines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../gates/site-files.ts';
import { runCli } from '../helpers/cli.ts';
import { BUILD_NOW, DRAFT_MARKER, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

let build: BuildResult;

beforeAll(() => {
  build = buildSite(writeContent(join(scratchDir('preview'), 'content'), newsroomFixture()), {
    now: BUILD_NOW,
    env: { PREVIEW: '1' },
  });
  if (build.status !== 0) throw new Error(`preview build failed:\n${build.output}`);
});

describe('a preview build', () => {
  it('shows a draft with a banner, and noindex', () => {
    const $ = page(build.outDir, '/news/2026/11/10/secret-draft/');
    expect($('h1').text()).toContain(DRAFT_MARKER);
    expect($('.preview-banner').text()).toMatch(/Preview only: this story is a draft/);
    expect($('meta[name=robots]').attr('content')).toMatch(/^noindex/);
  });

  it('shows an embargoed story with a banner, and noindex', () => {
    const $ = page(build.outDir, '/sport/2027/01/15/embargoed-report/');
    expect($('h1').text()).toContain(EMBARGO_MARKER);
    expect($('.preview-banner').text()).toMatch(/embargoed until its publication time/);
    expect($('meta[name=robots]').attr('content')).toMatch(/^noindex/);
  });

  it('keeps every page out of search engines, published ones and listings included', () => {
    const pages = htmlFiles(build.outDir);
    expect(pages.length).toBeGreaterThan(20);
    const indexable = pages.filter((file) => !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8')));
    expect(indexable).toEqual([]);
  });

  it('marks its URL manifest as a preview, which the URL check refuses as a baseline', () => {
    const manifest = join(build.outDir, 'urls.json');
    expect(JSON.parse(readFileSync(manifest, 'utf8')).preview).toBe(true);
    const check = runCli('check-urls', [manifest, '--current', manifest]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('comes from a preview build');
  });
});
