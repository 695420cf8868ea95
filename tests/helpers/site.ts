/** Writes small content folders and builds them with the real `npm run build`, as editors and CI would. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import matter from 'gray-matter';
import * as cheerio from 'cheerio';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixtureImage = join(projectRoot, 'tests/fixtures/images/harbor.jpg');

export interface ContentFiles {
  sections?: Record<string, Record<string, unknown>>;
  authors?: Record<string, { data: Record<string, unknown>; body?: string }>;
  /** Path under articles/ without `.md` → frontmatter and body. */
  articles?: Record<string, { data: Record<string, unknown>; body?: string }>;
  /** Standing pages (content/pages/): file name without `.md` → frontmatter and body. */
  pages?: Record<string, { data: Record<string, unknown>; body?: string }>;
}

/** A scratch folder under the system temp dir, removed by `cleanup()`. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dateline-${prefix}-`));
}

function writeMarkdown(path: string, data: Record<string, unknown>, body = ''): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, matter.stringify(body, data));
}

/** Writes a content folder; `image: { src: 'harbor.jpg' }` in frontmatter gets the fixture photo copied beside the file. */
export function writeContent(root: string, files: ContentFiles): string {
  for (const [id, data] of Object.entries(files.sections ?? {}))
    writeMarkdown(join(root, 'sections', `${id}.md`), data);
  for (const [id, { data, body }] of Object.entries(files.authors ?? {}))
    writeMarkdown(join(root, 'authors', `${id}.md`), data, body);
  for (const [id, { data, body }] of Object.entries(files.pages ?? {}))
    writeMarkdown(join(root, 'pages', `${id}.md`), data, body);
  for (const [id, { data, body }] of Object.entries(files.articles ?? {})) {
    const path = join(root, 'articles', `${id}.md`);
    writeMarkdown(path, data, body);
    const image = data.image as { src?: string } | undefined;
    if (image?.src) copyFileSync(fixtureImage, join(dirname(path), image.src));
  }
  return root;
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
  outDir: string;
}

/**
 * Runs `npm run build` (scripts/build.ts: `astro build`, then the search index) on a content folder
 * with the build clock pinned to `now`, into an empty output folder unless `keepLastSite`.
 */
export function buildSite(
  contentDir: string,
  options: { now: string; outDir?: string; env?: Record<string, string>; keepLastSite?: boolean },
): BuildResult {
  const outDir = options.outDir ?? join(contentDir, '..', 'dist');
  if (!options.keepLastSite) rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      DATELINE_NOW: options.now,
      ...options.env,
    },
  });
  // Colours are stripped: CI terminals get them, and a message must read the same everywhere.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), outDir };
}

/** The built page at a site path, parsed for assertions. */
export function page(outDir: string, sitePath: string): cheerio.CheerioAPI {
  const file = sitePath.endsWith('/') ? join(outDir, sitePath, 'index.html') : join(outDir, sitePath);
  return cheerio.load(readFileSync(file, 'utf8'));
}
