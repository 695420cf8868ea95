/**
 * Article bodies as HTML outside a page (feeds): rendered by Astro itself, so the HTML is exactly what the
 * article page shows, after our rehype pass and with body images optimized to their built URLs, and with
 * every URL made absolute, as a feed reader needs.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { absolutizeHtml } from '../lib/feeds/absolute-urls.ts';
import { absoluteUrl } from '../lib/urls/permalink.ts';
import type { Story } from '../lib/content/story.ts';
import { site } from '../site.config.ts';
import { articleContent } from './article-content.ts';

let container: Promise<AstroContainer> | undefined;

/**
 * Rendered again for each feed that carries the story (~0.3 ms): kept for the whole build, the bodies of
 * every story some feed carries held over 100 MB at 10,000 articles.
 */
export async function feedBodyHtml(story: Story): Promise<string> {
  const Content = await articleContent(story);
  container ??= AstroContainer.create();
  return absolutizeHtml(await (await container).renderToString(Content), absoluteUrl(story.url, site.url));
}
