/**
 * Astro's incremental build reuses a page from the last build when its cacheKey and code are unchanged.
 * A key that missed something a page shows would publish stale pages; here one story's headline is
 * edited and every page and feed that shows it must carry the new one, while an unrelated page is reused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, sitePathOf } from '../gates/site-files.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const OLD_HEADLINE = 'Council votes after midnight';
const NEW_HEADLINE = 'Council votes at last, after midnight';
const EDITED = '/news/2026/10/31/late-night-vote/';

/** Site paths of the built text files (pages, feeds, sitemaps, JSON) that contain `text`. */
function pathsShowing(dist: string, text: string): string[] {
  return filesUnder(dist)
    .filter((file) => /\.(html|xml|json)$/.test(file) && readFileSync(file, 'utf8').includes(text))
    .map((file) => sitePathOf(dist, file))
    .sort();
}

describe('a rebuild after one story is edited', () => {
  let before: string[];
  let rebuild: BuildResult;

  beforeAll(() => {
    const content = writeContent(scratchDir('incremental'), newsroomFixture());
    const first = buildSite(content, { now: BUILD_NOW });
    expect(first.status, first.output).toBe(0);
    before = pathsShowing(first.outDir, OLD_HEADLINE);
    const file = join(content, 'articles/late-night-vote.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(OLD_HEADLINE, NEW_HEADLINE));
    rebuild = buildSite(content, { now: BUILD_NOW });
    expect(rebuild.status, rebuild.output).toBe(0);
  }, 240_000);

  it('shows the new headline wherever the old one was: its page, listings, other stories’ related lists, feeds', () => {
    // What the old headline was on, so the check below covers every kind of page.
    expect(before).toEqual(expect.arrayContaining([EDITED, '/', '/news/', '/tags/city-council/', '/authors/alice-adams/', '/news/feed.xml', '/feed.xml']));
    expect(before.filter((path) => path !== EDITED && /^\/\w+\/\d{4}\//.test(path)).length, 'another article lists it as related').toBeGreaterThan(0);
    expect(pathsShowing(rebuild.outDir, OLD_HEADLINE)).toEqual([]);
    expect(pathsShowing(rebuild.outDir, NEW_HEADLINE)).toEqual(before);
  });

  it('reuses the pages that do not show the story', () => {
    expect(rebuild.output).toMatch(/\/authors\/bob-brown\/index\.html \(restored\)/);
    expect(rebuild.output).not.toMatch(/\/news\/2026\/10\/31\/late-night-vote\/index\.html \(restored\)/);
  });
});
