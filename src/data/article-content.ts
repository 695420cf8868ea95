/**
 * An article's body as Astro renders it, for its own page and for the feeds that carry it in full.
 * Kept apart from article-html.ts so the article pages import only this, not the feeds' HTML rewriting.
 */
import { getEntry, render, type RenderResult } from 'astro:content';
import type { Story } from '../lib/content/story.ts';

export async function articleContent(story: Story): Promise<RenderResult['Content']> {
  const entry = await getEntry('articles', story.id);
  if (!entry) throw new Error(`${story.filePath}: the article disappeared while the site was building`);
  return (await render(entry)).Content;
}
