/**
 * Drafts and embargoed stories never reach readers: not as pages, listings, feeds, sitemaps, search
 * index entries, social images, related-story links or redirects. The fixture gives both stories every
 * kind of field that could carry them somewhere, and a published story pins them as related; then every
 * file of the build (decompressed where compressed, and every file name) is searched for their words.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../gates/site-files.ts';
import { BUILD_NOW, DRAFT_MARKER, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

/** A word only a published story has: the search below must find it, or it proves nothing. */
const PUBLISHED_MARKER = 'Brindlewomp';

function leakyNewsroom() {
  const files = newsroomFixture();
  const articles = files.articles!;
  const everyField = (marker: string, slug: string) => ({
    dek: `A ${marker} dek.`,
    dateline: `${marker.toUpperCase()} CITY`,
    updatedAt: '2027-02-01T10:00:00Z',
    image: {
      src: `${marker.toLowerCase()}-photo.jpg`,
      alt: `${marker} alt text`,
      caption: `${marker} caption`,
      credit: `Photo: ${marker}`,
    },
    aliases: [`/news/2026/10/01/${marker.toLowerCase()}-old-address/`],
    related: ['news-01'],
    corrections: [{ date: '2027-02-01T10:00:00Z', text: `${marker} correction.` }],
    // Shares tags and words with published stories, so related-story scoring would pick it up if it saw it.
    tags: [marker, 'City Council', 'Budget'],
    body: `${marker} story about the routine council coverage and the budget. [More](/news/2026/10/01/news-01/) from ${slug}.\n`,
  });
  for (const [id, marker] of [
    ['secret-draft', DRAFT_MARKER],
    ['embargoed-report', EMBARGO_MARKER],
  ] as const) {
    const { body, ...fields } = everyField(marker, id);
    articles[id] = { data: { ...articles[id]!.data, ...fields }, body };
  }
  articles['news-01'] = {
    data: {
      ...articles['news-01']!.data,
      related: ['secret-draft', 'embargoed-report'],
      headline: `The routine council story with ${PUBLISHED_MARKER}`,
    },
    body: `Story 01 of the routine council coverage and the budget, with ${PUBLISHED_MARKER}.\n`,
  };
  return files;
}

interface OutputFile {
  path: string;
  /** The file's bytes as text, decompressed when gzip (Pagefind's index fragments are). */
  text: string;
}

function outputFiles(dir: string): OutputFile[] {
  return filesUnder(dir).map((path) => {
    const bytes = readFileSync(path);
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return { path: relative(dir, path), text: (gzipped ? gunzipSync(bytes) : bytes).toString('latin1') };
  });
}

const secrets = [DRAFT_MARKER, EMBARGO_MARKER, 'secret-draft', 'embargoed-report'];
const mentions = (file: OutputFile, word: string) =>
  file.path.toLowerCase().includes(word.toLowerCase()) || file.text.toLowerCase().includes(word.toLowerCase());

let build: BuildResult;
let files: OutputFile[];

beforeAll(() => {
  build = buildSite(writeContent(join(scratchDir('leak'), 'content'), leakyNewsroom()), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  files = outputFiles(build.outDir);
});

describe('a production build', () => {
  it('searches what readers get: pages, feeds, the search index, images and the URL manifest', () => {
    const kinds = new Set(files.map((file) => file.path.split('.').pop()));
    for (const kind of ['html', 'xml', 'json', 'txt', 'png', 'webp', 'pf_fragment'])
      expect(kinds, `a .${kind} file in dist/`).toContain(kind);
    const found = files.filter((file) => mentions(file, PUBLISHED_MARKER)).map((file) => file.path);
    expect(found).toContainEqual(expect.stringMatching(/\.pf_fragment$/));
    expect(found).toContain('feed.xml');
    expect(found).toContain('news/2026/10/01/news-01/index.html');
  });

  for (const secret of secrets) {
    it(`never mentions "${secret}" in any file or file name`, () => {
      expect(files.filter((file) => mentions(file, secret)).map((file) => file.path)).toEqual([]);
    });
  }

  it('serves no redirect from the old addresses of unpublished stories', () => {
    const manifest = JSON.parse(files.find((file) => file.path === 'urls.json')!.text) as { urls: { url: string }[] };
    expect(manifest.urls.map((entry) => entry.url).filter((url) => /old-address/.test(url))).toEqual([]);
    expect(files.find((file) => file.path === '_redirects')!.text).toBe('');
  });
});
