/**
 * An article's body as Astro renders it, for its own page and for the feeds that carry it in full.
 * The HTML comes from Dateline's render cache, where the articles loader (src/loaders/articles.ts) put
 * it, and Astro's render() turns it into a component, resolving the body's images as for its own entries.
 * Kept apart from article-html.ts so the article pages import only this, not the feeds' HTML rewriting.
 */
import { getEntry, render, type RenderResult } from 'astro:content';
import { renderedArticle } from '../build/article-html-cache.ts';
import type { Story } from '../lib/content/story.ts';

export async function articleContent(story: Story): Promise<RenderResult['Content']> {
  const entry = await getEntry('articles', story.id);
  if (!entry?.digest) throw new Error(`${story.filePath}: the article disappeared while the site was building`);
  const { html, imagePaths } = await renderedArticle(String(entry.digest), story.filePath);
  return (await render({ ...entry, rendered: { html, metadata: { imagePaths } } })).Content;
}
