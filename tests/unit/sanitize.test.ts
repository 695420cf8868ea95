import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeEmbeds } from '../../src/markdown/rehype-embeds.ts';
import { rehypeRawHtml } from '../../src/markdown/rehype-raw-html.ts';
import { articleSanitizeSchema } from '../../src/markdown/sanitize-schema.ts';

/** The article-body pipeline as astro.config.ts wires it, minus Astro's own passes. */
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawHtml)
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeEmbeds, { hosts: ['www.youtube-nocookie.com'] })
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('raw HTML in article bodies', () => {
  it('keeps what news pages need: figures, captions, tables, abbreviations', async () => {
    const html = await render(
      '<figure><img src="./a.png" alt="A"><figcaption>Caption <abbr title="Port Authority">PA</abbr></figcaption></figure>\n\n<table><caption>Votes</caption><tr><td>1</td></tr></table>',
    );
    expect(html).toContain(
      '<figure><img src="./a.png" alt="A"><figcaption>Caption <abbr title="Port Authority">PA</abbr></figcaption></figure>',
    );
    expect(html).toContain('<caption>Votes</caption>');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/],
    ['<img src=x onerror="alert(1)">', /onerror/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<svg onload="alert(1)"></svg>', /onload|<svg/],
    ['<style>body{display:none}</style>', /<style/],
    ['<iframe src="javascript:alert(1)"></iframe>', /javascript:|<iframe/],
    ['<form action="https://evil.example"><input name="q"></form>', /<form/],
    ['<p style="background:url(javascript:alert(1))">x</p>', /style=/],
  ])('removes %s', async (payload, forbidden) => {
    expect(await render(payload)).not.toMatch(forbidden);
  });

  it('keeps footnote links pointing at their notes', async () => {
    const html = await render('A claim.[^1]\n\n[^1]: The source.');
    const target = html.match(/href="#([^"]+)"/)?.[1];
    expect(target).toBeDefined();
    expect(html).toContain(`id="${target}"`);
  });
});

describe('embeds', () => {
  it('turns an iframe from an allowed host into a click-to-load figure that loads nothing by itself', async () => {
    const html = await render(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Council meeting"></iframe>',
    );
    expect(html).not.toContain('<iframe');
    expect(html).toContain('data-embed-src="https://www.youtube-nocookie.com/embed/abc"');
    expect(html).toContain('Load “Council meeting” from www.youtube-nocookie.com');
  });

  it('turns an iframe from any other host into a plain link, never dropping it', async () => {
    const html = await render('<iframe src="https://tracker.example/widget" title="Poll"></iframe>');
    expect(html).not.toContain('<iframe');
    expect(html).toContain(
      '<a href="https://tracker.example/widget" rel="external noopener noreferrer">Poll (opens tracker.example)</a>',
    );
  });
});
