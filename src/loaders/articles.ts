/**
 * The `articles` collection. Like Astro's glob() loader it validates each file's frontmatter with the
 * collection schema, but it keeps bodies out of Astro's content store: a body is rendered on the
 * Markdown workers into Dateline's render cache (src/build/article-html-cache.ts) with what pages need
 * to know of it (its facts), keyed by the file's digest inside a cache folder keyed by the pipeline's
 * code, and the article page reads it from there. The store, which Astro serialises whole, then holds
 * frontmatter only. A file whose size and modification time are unchanged since the last sync is not read again.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { SchemaContext } from 'astro:content';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import pLimit from 'p-limit';
import { isRendered, renderedArticle } from '../build/article-html-cache.ts';
import { datelineCacheDir } from '../build/build-cache.ts';
import { splitContentFile } from '../lib/content/frontmatter-source.ts';
import { readFrontmatterYaml } from '../lib/content/frontmatter-yaml.ts';
import { articleRenderer } from '../markdown/parallel-processor.ts';

/** How a file looked when it was last synced: a different size or modification time means read it again. */
type FileStamps = Record<string, string>;
const STAMPS_KEY = 'file-stamps';
/** The time zone the stored entries' dates were read in: a date without a zone means a day or a time there. */
const TIME_ZONE_KEY = 'time-zone';

/** Entries are keyed by their path under their collection's folder, so two files can never overwrite each other. */
export const contentFileId = (file: string): string => file.replace(/\.md$/, '');

/**
 * Astro's content store forgets which images its entries import at every sync, and an entry that is not
 * set again must announce them again, as Astro's own glob() loader does. The loader context's type leaves
 * the method out; the store Astro hands every loader has it.
 */
/** Whether the store's entry is this file's contents (`digest`) at this path, with its body rendered. */
function isUnchanged(existing: ReturnType<DataStore['get']>, digest: string, filePath: string): boolean {
  return (
    existing?.digest !== undefined &&
    String(existing.digest) === digest &&
    existing.filePath === filePath &&
    isRendered(digest)
  );
}

function announceAssetImports(store: DataStore, assetImports: string[], filePath: string): void {
  if (assetImports.length === 0) return;
  (store as DataStore & { addAssetImports(assets: string[], filePath: string): void }).addAssetImports(
    assetImports,
    filePath,
  );
}

async function markdownFiles(base: string): Promise<string[]> {
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * The file's frontmatter and body, split as Astro's Markdown entries split them and read as the editor
 * tools read them (readFrontmatterYaml keeps a date without a time for the schema to place in the
 * publication's time zone); bad YAML names the file and line. As in Astro, a file without frontmatter is all body.
 */
function frontmatterOf(
  contents: string,
  filePath: string,
): { frontmatter: Record<string, unknown>; body: string; bodyLine: number } {
  const source = splitContentFile(contents);
  if ('problem' in source) return { frontmatter: {}, ...trimmedBody(contents, 1) };
  let data: unknown;
  try {
    data = readFrontmatterYaml(source.yaml);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `${filePath}:${source.yamlLine + mark.line}:${mark.column + 1}` : filePath;
    throw new Error(`${where}: the frontmatter is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  return {
    frontmatter: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    ...trimmedBody(source.body, source.bodyLine),
  };
}

/** A body without the blank lines around it, as Astro renders it, and the line of the file its first line is. */
function trimmedBody(body: string, bodyLine: number): { body: string; bodyLine: number } {
  const leading = body.slice(0, body.length - body.trimStart().length);
  return { body: body.trim(), bodyLine: bodyLine + (leading.match(/\n/g)?.length ?? 0) };
}

/** How Astro's content store marks a string of an entry's data as an image to import (astro/dist/content/consts.js). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/**
 * `image()` for an articles schema built once for the whole collection: given a schema function, Astro
 * builds the schema again for every entry it validates (~2 ms an article, 20 s of a 10,000-article
 * sync), only to hand `image()` the entry's path. This one marks the path for Astro's store as Astro's
 * own does; the loader has already made a path relative to the file explicit (imagePathBesideFile).
 */
export const contentLayerImage = (() =>
  z.string().transform((src) => `${IMAGE_IMPORT_PREFIX}${src}`)) as unknown as SchemaContext['image'];

/** As Astro's image(): a bare path (`harbor.jpg`) naming a file beside the article means `./harbor.jpg`. */
function imagePathBesideFile(frontmatter: Record<string, unknown>, path: string): Record<string, unknown> {
  const image = frontmatter.image as { src?: unknown } | undefined;
  const src = image?.src;
  if (typeof src !== 'string' || !src || src.includes('://') || src.startsWith('/') || src.startsWith('.'))
    return frontmatter;
  if (!existsSync(resolve(dirname(path), src))) return frontmatter;
  return { ...frontmatter, image: { ...image, src: `./${src}` } };
}

/** The options Astro's own Markdown entries are rendered with. */
function markdownOptions({ markdown, image }: LoaderContext['config']): AstroMarkdownOptions {
  return {
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  };
}

export function articlesLoader(base: string, timeZone: string): Loader {
  return {
    name: 'dateline-articles',
    load: async ({ store, meta, parseData, generateDigest, config, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      // Entries whose dates were read in another time zone are stale, though no file changed: read every file again.
      if (meta.get(TIME_ZONE_KEY) !== timeZone) store.clear();
      const previousStamps = JSON.parse(meta.get(STAMPS_KEY) ?? '{}') as FileStamps;
      const stamps: FileStamps = {};
      const untouched = new Set(store.keys());
      const files = await markdownFiles(base);
      // One pool of Markdown workers for the whole sync, started only if some file needs rendering.
      let renderer: ReturnType<typeof articleRenderer> | undefined;
      const cacheDir = datelineCacheDir();
      let read = 0;
      let rendered = 0;
      // A bounded number of files open at once: an archive has tens of thousands.
      const limit = pLimit(64);
      const started = performance.now();
      const render = async (
        { body, bodyLine, frontmatter }: ReturnType<typeof frontmatterOf>,
        path: string,
        digest: string,
      ) => {
        renderer ??= articleRenderer(markdownOptions(config));
        const fileURL = pathToFileURL(path).href;
        const imagePaths = await renderer.renderArticle({ body, bodyLine, frontmatter, fileURL, digest, cacheDir });
        rendered += 1;
        if (rendered % 1000 === 0) logger.info(`rendered ${rendered} of up to ${files.length} articles`);
        return { imagePaths };
      };

      // Most files of a rebuild are as the last sync left them: known by their size and modification
      // time alone, synchronously (10,000 promised stats took ~0.7 s of every rebuild).
      const changed = files.filter((file) => {
        const path = join(base, file);
        const id = contentFileId(file);
        const { size, mtimeMs } = statSync(path);
        stamps[file] = `${size}:${mtimeMs}`;
        untouched.delete(id);
        const existing = store.get(id);
        const filePath = relative(root, path);
        if (previousStamps[file] !== stamps[file] || !isUnchanged(existing, String(existing?.digest), filePath))
          return true;
        announceAssetImports(store, existing?.assetImports ?? [], filePath);
        return false;
      });

      await Promise.all(
        changed.map((file) =>
          limit(async () => {
            const path = join(base, file);
            const id = contentFileId(file);
            const filePath = relative(root, path);
            const existing = store.get(id);
            const contents = await readFile(path, 'utf8');
            const digest = generateDigest(contents);
            read += 1;
            if (isUnchanged(existing, digest, filePath)) {
              announceAssetImports(store, existing?.assetImports ?? [], filePath);
              return;
            }
            const source = frontmatterOf(contents, filePath);
            const data = await parseData({ id, data: imagePathBesideFile(source.frontmatter, path), filePath: path });
            const { imagePaths } = isRendered(digest)
              ? await renderedArticle(digest, filePath)
              : await render(source, path, digest);
            // The body stays out of the store: Astro serialises the store whole, and an archive's Markdown
            // would outgrow the longest string V8 can hold; what pages need of it is in its facts.
            // Astro adds the images the frontmatter names to the body's and announces them all; it keeps an
            // entry whose digest it already holds as it is, and that one's images are announced here.
            if (!store.set({ id, data, filePath, digest, assetImports: imagePaths }))
              announceAssetImports(store, existing?.assetImports ?? [], filePath);
          }),
        ),
      );

      for (const id of untouched) store.delete(id);
      meta.set(STAMPS_KEY, JSON.stringify(stamps));
      meta.set(TIME_ZONE_KEY, timeZone);
      logger.info(`${files.length} articles: ${files.length - read} unchanged, ${read} read, ${rendered} rendered`);
      logger.info(`phase articles: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
