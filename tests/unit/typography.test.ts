import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkTypography } from '../../src/markdown/remark-typography.ts';
import { smarten } from '../../src/markdown/typography.ts';

describe('smarten', () => {
  it.each([
    ['"Yes," she said.', '\u201cYes,\u201d she said.'],
    ["It's the mayor's plan.", 'It\u2019s the mayor\u2019s plan.'],
    ["'Quoted' words", '\u2018Quoted\u2019 words'],
    ["Back in the '90s", 'Back in the \u201990s'],
    ['He said: "\'No,\' she told me."', 'He said: \u201c\u2018No,\u2019 she told me.\u201d'],
    ['1990--1995 and then---nothing', '1990\u20131995 and then\u2014nothing'],
    ['Wait...', 'Wait\u2026'],
    ['("quoted")', '(\u201cquoted\u201d)'],
  ])('%s', (input, expected) => {
    expect(smarten(input)).toBe(expected);
  });
});

async function render(markdown: string): Promise<string> {
  return String(
    await unified().use(remarkParse).use(remarkTypography).use(remarkRehype).use(rehypeStringify).process(markdown),
  );
}

describe('remarkTypography', () => {
  it('curls quotes around emphasis and links the right way', async () => {
    expect(await render('"*Never*," he said, "[ever](/x/)."')).toBe(
      '<p>\u201c<em>Never</em>,\u201d he said, \u201c<a href="/x/">ever</a>.\u201d</p>',
    );
  });

  it('leaves code alone', async () => {
    expect(await render('Type `"quoted"` -- then:\n\n```\nsay "hi" -- now\n```')).toBe(
      '<p>Type <code>"quoted"</code> \u2013 then:</p>\n<pre><code>say "hi" -- now\n</code></pre>',
    );
  });

  it('starts each paragraph afresh', async () => {
    expect(await render('He said "go\n\n"Stop" she said')).toBe(
      '<p>He said \u201cgo</p>\n<p>\u201cStop\u201d she said</p>',
    );
  });
});
