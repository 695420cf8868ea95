/**
 * The one definition of how an article's Markdown becomes HTML: Astro's unified (remark/rehype) processor
 * with our passes. The build renders with it on worker threads (parallel-processor.ts); each worker
 * builds its own copy from this module.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeArticleBody } from './rehype-article-body.ts';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeRawHtml } from './rehype-raw-html.ts';
import { remarkTypography } from './remark-typography.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';
import { site } from '../site.config.ts';

export function articleMarkdown() {
  return unified({
    // Our typography pass curls quotes like SmartyPants at a fraction of its cost on a large archive.
    smartypants: false,
    remarkPlugins: [remarkTypography],
    // Raw HTML is parsed and sanitized before anything else touches the body.
    rehypePlugins: [rehypeRawHtml, [rehypeSanitize, articleSanitizeSchema], [rehypeEmbeds, { hosts: site.embedHosts }], [rehypeArticleBody, { origin: site.url }]],
  });
}
