/**
 * Rendered article bodies on disk, keyed by the digest of the article's file, in Dateline's cache (which
 * sits in a cache folder keyed by the Markdown pipeline's code): a later build, or CI restoring the
 * cache, renders only the articles whose file changed. Beside each body's HTML lie its facts (reading
 * time, embeds, terms: src/markdown/body-facts.ts), so neither Astro's content store nor the pages
 * hold the Markdown of the archive.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { bodyFacts, type BodyFacts } from '../markdown/body-facts.ts';
import { datelineCacheDir, isCached, storeBytes } from './build-cache.ts';

export interface RenderedArticle {
  html: string;
  /** Images the body refers to (local paths relative to the article file, and remote URLs). */
  imagePaths: string[];
}

const HTML = 'article-html';
const FACTS = 'article-facts';

/** Whether the article file with `digest` has been rendered already, its facts included. */
export const isRendered = (digest: string): boolean => isCached(FACTS, digest);

async function readStored<T>(namespace: string, digest: string, what: string): Promise<T> {
  try {
    return JSON.parse(await readFile(join(datelineCacheDir(), namespace, digest), 'utf8')) as T;
  } catch (error) {
    throw new Error(`${what} is missing from the build cache, which changed while the site was building; build again`, {
      cause: error,
    });
  }
}

/** The rendered body of the article file with `digest`; `what` names it in the error if it is missing. */
export const renderedArticle = (digest: string, what: string): Promise<RenderedArticle> =>
  readStored(HTML, digest, `${what}: its rendered body`);

/** The facts of the body of the article file with `digest` (see storeArticle). */
export const articleFacts = (digest: string, what: string): Promise<BodyFacts> =>
  readStored(FACTS, digest, `${what}: what its body says (reading time, terms)`);

/** What a Markdown worker is asked to render and keep (render-worker.ts). */
export interface ArticleRenderRequest {
  body: string;
  /** The line of the file the body starts on, so its facts can point at lines of the file. */
  bodyLine: number;
  /** The raw frontmatter, which Astro's Markdown renderer hands to the pipeline's passes. */
  frontmatter: Record<string, unknown>;
  fileURL: string;
  /** The digest of the article's file, the key its body and facts are kept under. */
  digest: string;
  /** Dateline's cache folder (datelineCacheDir) of the build asking. */
  cacheDir: string;
}

/**
 * Renders a body as Astro's content layer renders Markdown, works out its facts, and keeps both under the
 * file's digest; returns the images the body refers to. Runs on a Markdown worker, so the main thread
 * (the loader's schema checks, Astro's store) neither reads the facts out of the body nor writes them:
 * at 1,000 articles that was 2.9 s of its time.
 */
export async function renderAndStoreArticle(
  renderer: MarkdownRenderer,
  request: ArticleRenderRequest,
): Promise<string[]> {
  const { body, bodyLine, frontmatter, fileURL, digest, cacheDir } = request;
  const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: new URL(fileURL) });
  const article: RenderedArticle = {
    html: code,
    imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
  };
  // The facts last: their being there is what says the article is rendered (isRendered).
  await storeBytes(HTML, digest, JSON.stringify(article), cacheDir);
  await storeBytes(FACTS, digest, JSON.stringify(bodyFacts(body, { type: frontmatter.type, bodyLine })), cacheDir);
  return article.imagePaths;
}
