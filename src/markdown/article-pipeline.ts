/**
 * The one definition of how an article's Markdown becomes HTML: Astro's unified (remark/rehype)
 * processor with our passes, and Sätteri, a Rust CommonMark + GFM parser, in place of remark-parse.
 * The parse was 95% of unified's time; everything after it is the same mdast → hast → HTML steps.
 * tests/markdown/parser-parity.test.ts holds the HTML byte-identical to the remark-parse + remark-gfm
 * pipeline (`articlePasses` behind Astro's own parser). The build renders with it on worker threads
 * (parallel-processor.ts); each worker builds its own copy from this module.
 */
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';
import { rehypeArticleBody } from './rehype-article-body.ts';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeLiveUpdates } from './rehype-live-updates.ts';
import { rehypeRawHtml } from './rehype-raw-html.ts';
import { remarkTypography } from './remark-typography.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';
import { site } from '../site.config.ts';

/** Our passes, whichever parser reads the Markdown. */
export const articlePasses: { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } = {
  // Our typography pass curls quotes like SmartyPants at a fraction of its cost on a large archive.
  remarkPlugins: [remarkTypography],
  // Raw HTML is parsed and sanitized before anything else touches the body.
  rehypePlugins: [
    rehypeRawHtml,
    [rehypeSanitize, articleSanitizeSchema],
    [rehypeEmbeds, { hosts: site.embedHosts }],
    [rehypeArticleBody, { origin: site.url }],
    // After the dateline has opened the first paragraph written, intro or oldest update.
    [rehypeLiveUpdates, { timeZone: site.timezone, locale: site.language }],
  ],
};

/**
 * Sätteri as the processor's parser. Astro attaches remark-parse first; a later attacher's parser wins.
 * No frontmatter (Astro hands over the body alone, and a body that opens with `---` is a thematic
 * break) and no positions (no pass reads them, and they are half a tree's memory).
 */
export function satteriParser(this: Processor) {
  this.parser = (document: string) =>
    markdownToMdast(document, { position: false, features: { gfm: true, frontmatter: false } }) as Root;
}

export function articleMarkdown() {
  return unified({
    smartypants: false,
    // Sätteri parses GFM itself; remark-gfm would only add micromark extensions that nothing runs.
    gfm: false,
    remarkPlugins: [satteriParser, ...articlePasses.remarkPlugins],
    rehypePlugins: articlePasses.rehypePlugins,
  });
}
