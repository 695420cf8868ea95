/**
 * A rebuild reuses what an earlier build made: rendered bodies (the articles loader's render cache),
 * pages (Astro's incremental build), share cards and search shards. None of it may outlive what it
 * shows. One newsroom is built, then edited one way at a time and built again; after each edit the new
 * words must be on every page, feed and card that showed the old ones, and the old ones nowhere.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, sitePathOf } from '../gates/site-files.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const STORY = 'articles/late-night-vote.md';
const STORY_PAGE = '/news/2026/10/31/late-night-vote/';

let content: string;
let last: BuildResult;

/** Site paths of the built text files (pages, feeds, sitemaps, JSON) that contain `text`. */
function pathsShowing(text: string): string[] {
  return filesUnder(last.outDir)
    .filter((file) => /\.(html|xml|json)$/.test(file) && readFileSync(file, 'utf8').includes(text))
    .map((file) => sitePathOf(last.outDir, file))
    .sort();
}

/** Builds again as a newsroom does: every cache of the earlier builds kept, and the last site in place. */
function rebuild(): void {
  last = buildSite(content, { now: BUILD_NOW, keepLastSite: true });
  expect(last.status, last.output).toBe(0);
  expect(last.output).toContain('site: building from last site');
}

/** Edits one content file and builds again. */
function editAndRebuild(file: string, edit: (text: string) => string): void {
  const path = join(content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  rebuild();
}

beforeAll(() => {
  content = writeContent(scratchDir('cache-correctness'), newsroomFixture());
  last = buildSite(content, { now: BUILD_NOW });
  expect(last.status, last.output).toBe(0);
  expect(last.output).toContain('site: building from nothing');
}, 240_000);

describe('a rebuild after an edit', () => {
  it('with nothing changed keeps the last site and removes nothing from it', () => {
    const files = filesUnder(last.outDir).length;
    rebuild();
    expect(last.output).toMatch(/Site written to .*: \d+ files written, 0 removed/);
    expect(filesUnder(last.outDir)).toHaveLength(files);
  }, 240_000);

  it('shows an edited body on the story’s page and in the feeds that carry it, and indexes it for search', () => {
    const before = pathsShowing('A late vote.');
    expect(before).toEqual(expect.arrayContaining([STORY_PAGE, '/feed.xml', '/news/feed.xml']));
    editAndRebuild(STORY, (text) => text.replace('A late vote.', 'A vote taken at a quarter past one.'));
    expect(pathsShowing('A late vote.')).toEqual([]);
    expect(pathsShowing('A vote taken at a quarter past one.')).toEqual(before);
    expect(last.output).toMatch(/search: \d+ shards, 1 re-indexed \(2026-1\), 0 reused/);
  }, 240_000);

  it('moves a story to its new topic on every page and feed', () => {
    const oldTopic = pathsShowing(STORY_PAGE).filter((path) => path.startsWith('/tags/city-council/'));
    expect(oldTopic.length).toBeGreaterThan(0);
    editAndRebuild(STORY, (text) => text.replace('  - City Council', '  - Night Sessions'));
    const showing = pathsShowing(STORY_PAGE);
    expect(showing.filter((path) => path.startsWith('/tags/city-council/'))).toEqual([]);
    expect(showing).toEqual(expect.arrayContaining(['/tags/night-sessions/', '/tags/night-sessions/feed.xml']));
  }, 240_000);

  it('shows an author’s new name wherever the old one was', () => {
    const before = pathsShowing('Alice Adams');
    expect(before.length).toBeGreaterThan(20);
    editAndRebuild('authors/alice-adams.md', (text) => text.replace('name: Alice Adams', 'name: Alicia Adamson'));
    expect(pathsShowing('Alice Adams')).toEqual([]);
    expect(pathsShowing('Alicia Adamson')).toEqual(before);
  }, 240_000);

  it('shows a section’s new name wherever the old one was', () => {
    const before = pathsShowing('>Sport<');
    expect(before.length).toBeGreaterThan(3);
    editAndRebuild('sections/sport.md', (text) => text.replace('name: Sport', 'name: Athletics'));
    expect(pathsShowing('>Sport<')).toEqual([]);
    expect(pathsShowing('>Athletics<')).toEqual(before);
  }, 240_000);

  it('draws the share card of a story again when its headline changes', () => {
    const card = join(last.outDir, 'social/late-night-vote.png');
    const before = readFileSync(card);
    editAndRebuild(STORY, (text) => text.replace('Council votes after midnight', 'Council votes at last'));
    expect(readFileSync(card).equals(before)).toBe(false);
  }, 240_000);

  it('leaves no trace of a deleted story: page, card, listings, feeds, sitemaps, URL manifest', () => {
    expect(pathsShowing(STORY_PAGE).length).toBeGreaterThan(5);
    rmSync(join(content, STORY));
    rebuild();
    expect(existsSync(join(last.outDir, STORY_PAGE, 'index.html'))).toBe(false);
    expect(existsSync(join(last.outDir, 'social/late-night-vote.png'))).toBe(false);
    expect(pathsShowing('late-night-vote')).toEqual([]);
    expect(pathsShowing('Council votes at last')).toEqual([]);
  }, 240_000);
});
