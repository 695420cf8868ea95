/**
 * Rendered article bodies on disk, keyed by the digest of the article's file, in Dateline's cache (which
 * sits in a cache folder keyed by the Markdown pipeline's code): a later build, or CI restoring the
 * cache, renders only the articles whose file changed. Astro's content store never holds the HTML.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { cachedBytes, isCached } from './build-cache.ts';

export interface RenderedArticle {
  html: string;
  /** Images the body refers to (local paths relative to the article file, and remote URLs). */
  imagePaths: string[];
}

const NAMESPACE = 'article-html';

/** The rendered body of the article file with `digest`, rendering it with `render` only if absent. */
export async function renderedArticle(
  digest: string,
  render: () => Promise<RenderedArticle>,
): Promise<RenderedArticle> {
  const bytes = await cachedBytes(NAMESPACE, digest, async () =>
    new TextEncoder().encode(JSON.stringify(await render())),
  );
  return JSON.parse(new TextDecoder().decode(bytes)) as RenderedArticle;
}

/** Whether the article file with `digest` has been rendered already. */
export const isRendered = (digest: string): Promise<boolean> => isCached(NAMESPACE, digest);

/** A body rendered as Astro's content layer renders Markdown: the body and the raw frontmatter. */
export async function renderArticle(
  renderer: MarkdownRenderer,
  body: string,
  frontmatter: Record<string, unknown>,
  fileURL: URL,
): Promise<RenderedArticle> {
  const { code, metadata } = await renderer.render(body, { frontmatter, fileURL });
  return { html: code, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] };
}
