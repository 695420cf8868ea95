/**
 * The article pipeline parses Markdown with Sätteri instead of remark-parse + remark-gfm. Readers must
 * get the same HTML: the unified pipeline it replaced (our passes behind Astro's own parser) is the
 * oracle, on every sample article, a generated 1,000-article corpus and the CommonMark and GFM
 * corners news copy reaches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified, type AstroMarkdownOptions, type MarkdownRenderer } from '@astrojs/markdown-remark';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.ts';
import { articleMarkdown, articlePasses } from '../../src/markdown/article-pipeline.ts';
import { projectRoot, scratchDir } from '../helpers/site.ts';

const options: AstroMarkdownOptions = { syntaxHighlight: false };
let oracle: MarkdownRenderer;
let pipeline: MarkdownRenderer;

beforeAll(async () => {
  oracle = await unified({ smartypants: false, ...articlePasses }).createRenderer(options);
  pipeline = await articleMarkdown().createRenderer(options);
});

/** The bodies of every Markdown file under `dir`, by file name. */
function bodiesUnder(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => [file, matter(readFileSync(join(dir, file), 'utf8')).content]);
}

/** The files whose HTML differs between the pipeline and the oracle, with both renders of the first. */
async function differences(
  bodies: [string, string][],
): Promise<{ files: string[]; first?: { expected: string; actual: string } }> {
  const files: string[] = [];
  let first: { expected: string; actual: string } | undefined;
  for (const [file, body] of bodies) {
    const [expected, actual] = await Promise.all([oracle.render(body), pipeline.render(body)]);
    if (expected.code === actual.code && JSON.stringify(expected.metadata) === JSON.stringify(actual.metadata))
      continue;
    files.push(file);
    first ??= { expected: expected.code, actual: actual.code };
  }
  return { files, first };
}

/** Corners of CommonMark and GFM, and raw HTML the sanitizer has to see the same way. */
const CORNERS: Record<string, string> = {
  'nested lists, loose and tight':
    '- one\n- two\n  - two a\n\n  - two b\n- three\n\n1. first\n2. second\n   1. inner\n\n   paragraph in item\n',
  'ordered list starting elsewhere': '7. seven\n8. eight\n',
  'setext headings and thematic breaks': 'Title\n=====\n\nSub\n---\n\n***\n\n- - -\n',
  'a body that opens with a thematic break': '---\n\nAfter the rule.\n',
  'emphasis edge cases': '*a **b** c* __d__ _e_f_ **g*h** ***i***\n',
  'links, references and autolinks':
    '[inline](https://example.org "Title") [ref][r] [collapsed][] <https://example.org/x> www.example.com and https://example.com/path?q=1.\n\n[r]: https://example.org/ref\n[collapsed]: /local/\n',
  'images inline and by reference':
    '![alt text](https://example.org/a.png "t") ![ref][img]\n\n[img]: https://example.org/b.jpg\n',
  'hard breaks': 'line one  \nline two\\\nline three\n',
  'entities and escapes': '&copy; &amp; &#35; &#x22; \\*not emphasis\\* 5 \\< 6 AT&T\n',
  'code spans and fences':
    'Use `a && b` or ``x ` y``.\n\n```js\nconst quote = "never curled";\n```\n\n    indented code\n',
  'block quotes with lists': '> Quote\n> - item\n>\n> - loose item\n',
  'GFM tables with alignment':
    '| left | center | right |\n|:-----|:------:|------:|\n| a | b | c |\n| `d` | **e** | f \\| g |\n',
  'strikethrough and task lists': '~~gone~~ and ~one~\n\n- [x] done\n- [ ] to do\n',
  footnotes: 'A claim.[^1] Another.[^note]\n\n[^1]: The source.\n[^note]: A longer note\n    with a second line.\n',
  'raw HTML blocks and inline':
    '<figure>\n<img src="https://example.org/c.jpg" alt="c">\n<figcaption>Caption</figcaption>\n</figure>\n\nText with <abbr title="Port Meridian">PM</abbr> and <span onclick="x()">a span</span>.\n\n<div>\n\n*Markdown inside*\n\n</div>\n',
  'raw HTML the sanitizer removes':
    '<script>alert(1)</script>\n\n<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>\n\n<a href="javascript:alert(1)">bad</a>\n',
  'HTML comments': '<!-- an editor note -->\nVisible.\n',
  'typography beside markup':
    '"I was---" she said. \'Tis rock \'n\' roll in the \'90s... "*Quoted*" and "[linked](/x/)".\n',
  'headings with ids': '## Same\n\n## Same\n\n### With `code` and *emphasis*\n',
  'tabs and trailing spaces': '-\tTabbed item\n\n\tcode after tab\n\nParagraph   \n',
  'link reference definition case folding': '[Foo][BAR]\n\n[bar]: /url\n',
  'empty document': '',
  'unicode and CJK': 'Café «guillemets» — 東京 🚢\n',
};

/**
 * Where the replaced pipeline broke CommonMark: Sätteri's HTML here is what the reference implementation
 * (commonmark.js 0.31) and markdown-it render, and the README lists each case.
 */
const ORACLE_BUGS: { name: string; body: string; html: string }[] = [
  {
    // A blank line that ends a list inside a block quote does not make the list loose; micromark made it loose.
    name: 'a tight list ended by a blank line inside a block quote',
    body: '> Quote\n> - item\n> - item\n>\n> > nested\n',
    html: '<blockquote>\n<p>Quote</p>\n<ul>\n<li>item</li>\n<li>item</li>\n</ul>\n<blockquote>\n<p>nested</p>\n</blockquote>\n</blockquote>',
  },
];

describe('the Sätteri parse, against the remark-parse + remark-gfm pipeline', () => {
  it('gives byte-identical HTML for every sample article', async () => {
    const bodies = bodiesUnder(join(projectRoot, 'content/articles'));
    expect(bodies.length).toBeGreaterThan(15);
    expect(await differences(bodies)).toEqual({ files: [] });
  });

  it('gives byte-identical HTML for a generated 1,000-article corpus', async () => {
    const dir = scratchDir('parity-corpus');
    writeCorpus(dir, 1000);
    const bodies = bodiesUnder(join(dir, 'articles'));
    expect(bodies).toHaveLength(1000);
    expect(await differences(bodies)).toEqual({ files: [] });
  });

  it.each(Object.entries(CORNERS))('gives byte-identical HTML for %s', async (name, body) => {
    expect(await differences([[name, body]])).toEqual({ files: [] });
  });

  it.each(ORACLE_BUGS)('follows CommonMark where the old parser did not: $name', async ({ body, html }) => {
    expect((await pipeline.render(body)).code).toBe(html);
    expect((await oracle.render(body)).code).not.toBe(html);
  });
});
