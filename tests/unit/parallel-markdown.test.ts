import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../src/markdown/article-pipeline.ts';
import { parallelMarkdown } from '../../src/markdown/parallel-processor.ts';

const ARTICLE = [
  'The "mayor" said -- again -- that it\'s done.',
  '',
  '## Where the money goes',
  '',
  '| Fund | Change |',
  '|---|---|',
  '| Roads | +4% |',
  '',
  '<iframe src="https://tracker.example/poll" title="Poll"></iframe>',
  '',
  '<script>alert(1)</script>',
].join('\n');

describe('the parallel Markdown processor', () => {
  it('renders on worker threads exactly what the article pipeline renders in-process, for many articles at once', async () => {
    const shared = { syntaxHighlight: false as const };
    const direct = await articleMarkdown().createRenderer(shared);
    const parallel = await parallelMarkdown({ workers: 2 }).createRenderer(shared);
    const frontmatter = { dateline: 'PORT MERIDIAN' };
    const expected = await direct.render(ARTICLE, { frontmatter });
    expect(expected.code).toContain('<span class="dateline">PORT MERIDIAN —</span>');
    expect(expected.code).not.toContain('<script');
    const results = await Promise.all(Array.from({ length: 12 }, () => parallel.render(ARTICLE, { frontmatter })));
    for (const result of results) {
      expect(result.code).toBe(expected.code);
      expect(result.metadata.headings).toEqual(expected.metadata.headings);
    }
  });

  it('starts its workers again for Markdown that comes after the pool has gone idle', async () => {
    const shared = { syntaxHighlight: false as const };
    const expected = await (await articleMarkdown().createRenderer(shared)).render(ARTICLE);
    const parallel = await parallelMarkdown({ workers: 1 }).createRenderer(shared);
    expect((await parallel.render(ARTICLE)).code).toBe(expected.code);
    // Longer than the pool waits before ending idle workers.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await parallel.render(ARTICLE)).code).toBe(expected.code);
  });
});
