import { describe, expect, it } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeArticleBody } from '../../src/markdown/rehype-article-body.ts';

async function render(markdown: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeArticleBody, { origin: 'https://news.example' })
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('rehypeArticleBody', () => {
  it('marks links to other sites external and sends them no referrer', async () => {
    const html = await render('[a](https://other.example/x) [b](https://news.example/y) [c](/z/)');
    expect(html).toContain('<a href="https://other.example/x" rel="external noopener noreferrer">a</a>');
    expect(html).toContain('<a href="https://news.example/y">b</a>');
    expect(html).toContain('<a href="/z/">c</a>');
  });

  it('lazy-loads body images', async () => {
    expect(await render('![A chart](./chart.png)')).toContain('loading="lazy" decoding="async"');
  });

  it('wraps tables in a focusable, labelled scrolling region', async () => {
    expect(await render('| a | b |\n|---|---|\n| 1 | 2 |')).toMatch(
      /<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>/,
    );
  });

  it('opens the first paragraph with the dateline', async () => {
    expect(await render('The mayor said.\n\nMore.', { dateline: 'PORT MERIDIAN' })).toContain(
      '<p><span class="dateline">PORT MERIDIAN —</span> The mayor said.</p>',
    );
  });
});
