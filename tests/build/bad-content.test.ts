import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, scratchDir, writeContent, type ContentFiles } from '../helpers/site.ts';

/** The fixture newsroom with one article replaced by a broken one. */
function buildWithArticle(data: Record<string, unknown>) {
  const files: ContentFiles = newsroomFixture();
  files.articles = { 'broken-story': { data, body: 'Text.\n' }, 'news-01': files.articles!['news-01']! };
  const root = scratchDir('bad');
  return buildSite(writeContent(join(root, 'content'), files), { now: BUILD_NOW });
}

const valid = { headline: 'A headline', byline: 'alice-adams', publishedAt: '2026-11-01T10:00:00Z', section: 'news' };

describe('a bad article fails the build with a message naming the file and the field', () => {
  it('unknown author: says which ids exist and the closest', () => {
    const build = buildWithArticle({ ...valid, byline: 'alice-adam' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('broken-story.md');
    expect(build.output).toContain(
      'byline: unknown author "alice-adam"; did you mean "alice-adams"? Known author ids: alice-adams, bob-brown.',
    );
  });

  it('missing headline', () => {
    const { headline: _omitted, ...headless } = valid;
    const build = buildWithArticle(headless);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('broken-story.md');
    expect(build.output).toContain('headline is required');
  });

  it('unknown section, bad date and updatedAt before publishedAt', () => {
    const section = buildWithArticle({ ...valid, section: 'sports' });
    expect(section.status).not.toBe(0);
    expect(section.output).toMatch(/section: unknown section "sports"; did you mean "sport"\?/);

    const date = buildWithArticle({ ...valid, publishedAt: 'last Tuesday' });
    expect(date.output).toMatch(/publishedAt must be an ISO 8601 date-time/);

    const order = buildWithArticle({ ...valid, updatedAt: '2026-10-01T10:00:00Z' });
    expect(order.output).toMatch(/updatedAt: updatedAt must not be before publishedAt/);
  });

  it('a misspelt key is an error, not silently ignored', () => {
    const build = buildWithArticle({ ...valid, tag: ['Budget'] });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/broken-story[\s\S]*"tag"/);
  });

  it('two articles with one slug name both files', () => {
    const files = newsroomFixture();
    files.articles = {
      'a/same-slug': { data: valid },
      'b/same-slug': { data: { ...valid, publishedAt: '2026-11-02T10:00:00Z' } },
    };
    const build = buildSite(writeContent(join(scratchDir('dupe'), 'content'), files), { now: BUILD_NOW });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /articles\/b\/same-slug\.md: slug: slug "same-slug" is already used by .*articles\/a\/same-slug\.md/,
    );
  });
});

it('a standing page at the address of a section fails the build, naming the file', () => {
  const files = newsroomFixture();
  files.pages = { sport: { data: { title: 'Our sport coverage' }, body: 'Text.\n' } };
  const build = buildSite(writeContent(join(scratchDir('page'), 'content'), files), { now: BUILD_NOW });
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(
    /pages\/sport\.md: file name: \/sport\/ is the address of the section "sport"; give this page another file name/,
  );
});
