/**
 * The search index in shards: a Pagefind bundle per block of a publication year, merged by the search page in
 * Chromium, a rebuild that indexes again only the year whose pages an edit changed, and a failed
 * search step that keeps the last good site.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCacheDir } from '../../src/build/search-index.ts';
import { filesUnder } from '../gates/site-files.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { buildSite, scratchDir, writeContent, type BuildResult, type ContentFiles } from '../helpers/site.ts';

/** A word only one story has, by the year it was published in. */
const WORDS = { 2024: 'Ossifrage', 2025: 'Wombatille', 2026: 'Quillacorn' } as const;
const EDITED_WORD = 'Marmalune';

const olderStory = (year: string, word: string): ContentFiles['articles'] => ({
  [`council-${year}`]: {
    data: {
      headline: `The council in ${year}`,
      byline: 'alice-adams',
      publishedAt: `${year}-03-10T10:00:00Z`,
      section: 'news',
      tags: ['City Council'],
    },
    body: `A ${word} came up at the council in ${year}.\n`,
  },
});

/** The fixture newsroom (2026) and two council stories in each of 2024 and 2025, one of them with the year's word. */
function threeYears(): ContentFiles {
  const files = newsroomFixture();
  files.articles!['late-night-vote']!.body = `A late vote on the ${WORDS[2026]}.\n`;
  for (const year of ['2024', '2025'] as const) {
    Object.assign(files.articles!, olderStory(year, WORDS[year]), {
      [`council-recess-${year}`]: {
        data: {
          headline: `The council's recess of ${year}`,
          byline: 'alice-adams',
          publishedAt: `${year}-08-01T10:00:00Z`,
          section: 'news',
          tags: ['City Council'],
        },
        body: `The council rose for the summer of ${year}.\n`,
      },
    });
  }
  return files;
}

let content: string;
let first: BuildResult;
let browser: Browser;
/** Serves the build's output folder, which the rebuild replaces in place. */
let site: StaticSite;

/** The search page of a build at `?…`, once it has answered: its summary and the result links. */
async function search(queryString: string): Promise<{ status: string; links: string[]; published: string[] }> {
  const tab = await browser.newPage();
  await tab.goto(`${site.origin}/search/${queryString}`);
  await expect.poll(() => tab.locator('#search-status').textContent()).toMatch(/stor(y|ies)/);
  const status = (await tab.locator('#search-status').textContent()) ?? '';
  const links = await tab
    .locator('#search-results .card__headline a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const published = await tab
    .locator('#search-results time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  await tab.close();
  return { status, links, published };
}

/** The cached bundles, by year: a digest folder each. */
const cachedBundles = () =>
  Object.fromEntries(
    readdirSync(searchCacheDir(content)).map((year) => [year, readdirSync(join(searchCacheDir(content), year))]),
  );

beforeAll(async () => {
  content = writeContent(join(scratchDir('search-shards'), 'content'), threeYears());
  first = buildSite(content, { now: BUILD_NOW });
  if (first.status !== 0) throw new Error(`fixture build failed:\n${first.output}`);
  site = await serveStatic(first.outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a build with stories from three years', () => {
  it('indexes each year into a bundle of its own, listed newest first', () => {
    expect(first.output).toMatch(/phase search: [\d.]+ s/);
    expect(first.output).toContain('search: 3 shards, 3 re-indexed (2026-1, 2025-1, 2024-1), 0 reused');
    expect(readdirSync(join(first.outDir, 'pagefind')).sort()).toEqual(['2024-1', '2025-1', '2026-1', 'shards.json']);
  });

  it.each(Object.entries(WORDS))('finds the %s story by its word on the search page', async (year, word) => {
    const { status, links } = await search(`?q=${word}`);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(new RegExp(`^/news/${year}/`));
    expect(status).toBe(`1 story matches “${word}”.`);
  });

  it('lists a topic across the years newest first', async () => {
    const { links, published } = await search('?tag=city-council');
    const older = [
      '/news/2025/08/01/council-recess-2025/',
      '/news/2025/03/10/council-2025/',
      '/news/2024/08/01/council-recess-2024/',
      '/news/2024/03/10/council-2024/',
    ];
    expect(links.slice(-older.length)).toEqual(older);
    expect(published).toHaveLength(links.length);
    expect(published).toEqual([...published].sort().reverse());
  });
});

describe('a rebuild after one story of 2025 is edited', () => {
  let before: Record<string, string[]>;
  let rebuild: BuildResult;

  beforeAll(async () => {
    before = cachedBundles();
    writeContent(content, { articles: olderStory('2025', EDITED_WORD) });
    rebuild = buildSite(content, { now: BUILD_NOW });
    if (rebuild.status !== 0) throw new Error(`rebuild failed:\n${rebuild.output}`);
  });

  it('indexes 2025 again and copies the bundles of the other years from the cache', () => {
    expect(rebuild.output).toContain('search: 3 shards, 1 re-indexed (2025-1), 2 reused');
    const after = cachedBundles();
    expect(after['2024-1']).toEqual(before['2024-1']);
    expect(after['2026-1']).toEqual(before['2026-1']);
    expect(after['2025-1']).toHaveLength(1);
    expect(after['2025-1']).not.toEqual(before['2025-1']);
  });

  it('finds the edited story by its new word only, and the other years as before', async () => {
    expect((await search(`?q=${EDITED_WORD}`)).links).toEqual(['/news/2025/03/10/council-2025/']);
    expect((await search(`?q=${WORDS[2025]}`)).links).toEqual([]);
    for (const year of ['2024', '2026'] as const) expect((await search(`?q=${WORDS[year]}`)).links).toHaveLength(1);
  });
});

/** The site's files, gzipped ones (Pagefind's) unpacked, that mention `word`. */
const filesMentioning = (dir: string, word: string) =>
  filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    return text.includes(word);
  });

describe('rebuilds that start from the last site', () => {
  it('leave nothing of an edited story’s old text in the site, also after a build that does not touch its year', () => {
    const REWRITTEN_WORD = 'Pangolarch';
    writeContent(content, { articles: olderStory('2025', REWRITTEN_WORD) });
    const rewritten = buildSite(content, { now: BUILD_NOW, keepLastSite: true });
    expect(rewritten.output).toContain('1 re-indexed (2025-1)');
    expect(filesMentioning(rewritten.outDir, EDITED_WORD)).toEqual([]);
    writeContent(content, { articles: olderStory('2024', 'Thylacinth') });
    const later = buildSite(content, { now: BUILD_NOW, keepLastSite: true });
    expect(later.output).toContain('1 re-indexed (2024-1)');
    expect(filesMentioning(later.outDir, EDITED_WORD)).toEqual([]);
    expect(filesMentioning(later.outDir, WORDS[2024])).toEqual([]);
    expect(filesMentioning(later.outDir, REWRITTEN_WORD).length).toBeGreaterThan(0);
  }, 240_000);
});

describe('a build whose search step fails', () => {
  it('leaves the last good site as it was', () => {
    const shardsBefore = readFileSync(join(first.outDir, 'pagefind/shards.json'), 'utf8');
    // A file where the cache folder should be: no year can be indexed into it.
    rmSync(searchCacheDir(content), { recursive: true });
    writeFileSync(searchCacheDir(content), '');
    try {
      const failed = buildSite(content, { now: BUILD_NOW, keepLastSite: true });
      expect(failed.status).not.toBe(0);
      expect(failed.output).toContain(`The search index could not be written: ${first.outDir} was left as it was.`);
      expect(readFileSync(join(first.outDir, 'pagefind/shards.json'), 'utf8')).toBe(shardsBefore);
      expect(readdirSync(dirname(first.outDir)).filter((name) => name.startsWith('dist.'))).toEqual([]);
    } finally {
      rmSync(searchCacheDir(content));
    }
  });
});
