/**
 * An article's body as Astro renders it, for its own page and for the feeds that carry it in full.
 * The HTML comes from Dateline's render cache, where the articles loader (src/loaders/articles.ts) put
 * it, and Astro's render() turns it into a component, resolving the body's images as for its own entries.
 * Kept apart from article-html.ts so the article pages import only this, not the feeds' HTML rewriting.
 * An author's bio and a standing page are rendered here too, as the same Markdown written by the same editors.
 */
import { getEntry, render, type CollectionEntry, type RenderResult } from 'astro:content';
import { renderedArticle } from '../build/article-html-cache.ts';
import type { Story } from '../lib/content/story.ts';
import { getNewsroom } from './newsroom.ts';
import { withUpdateAuthors } from '../lib/content/live-updates.ts';
import { htmlUnderBase } from '../lib/urls/html-under-base.ts';
import { authorPath } from '../lib/urls/permalink.ts';
import { site } from '../site.config.ts';

/** The links editors write from the site's root go under the base of a site served under a path (html-under-base.ts). */
export async function articleContent(story: Story): Promise<RenderResult['Content']> {
  const entry = await getEntry('articles', story.id);
  if (!entry?.digest) throw new Error(`${story.filePath}: the article disappeared while the site was building`);
  const { html, imagePaths } = await renderedArticle(String(entry.digest), story.filePath);
  const shown = story.live ? await withUpdateAuthorNames(html) : html;
  return (await render({ ...entry, rendered: { html: htmlUnderBase(shown, site.url), metadata: { imagePaths } } }))
    .Content;
}

async function withUpdateAuthorNames(html: string): Promise<string> {
  const { authors } = await getNewsroom();
  return withUpdateAuthors(html, (id) => {
    const author = authors.get(id);
    return author && { name: author.data.name, href: authorPath(id) };
  });
}

/** An author's bio or a standing page's text, its links put under the base as an article body's are. */
export async function entryBody(
  entry: CollectionEntry<'authors'> | CollectionEntry<'pages'>,
): Promise<RenderResult['Content']> {
  const rendered = entry.rendered && { ...entry.rendered, html: htmlUnderBase(entry.rendered.html, site.url) };
  return (await render({ ...entry, rendered })).Content;
}
