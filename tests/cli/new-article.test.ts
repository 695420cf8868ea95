import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { scratchDir, writeContent } from '../helpers/site.ts';

let content: string;
const newArticle = (args: string[], now = '2026-11-20T13:30:00Z') =>
  runCli('new-article', args, { CONTENT_DIR: content, DATELINE_NOW: now });
const articleFiles = () =>
  readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();

beforeEach(() => {
  const files = newsroomFixture();
  files.articles = { 'news-01': files.articles!['news-01']! };
  content = writeContent(join(scratchDir('new'), 'content'), files);
});

describe('npm run new', () => {
  it('creates an article the content check accepts, published now in the site time zone, and prints its path and URL', () => {
    const created = newArticle([
      '--headline',
      'Ærø café reopens — at last!',
      '--section',
      'news',
      '--byline',
      'alice-adams,bob-brown',
      '--tags',
      'Food, City Council',
    ]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const file = join(content, 'articles/aero-cafe-reopens-at-last.md');
    expect(created.stdout).toContain(`Created ${file}`);
    expect(created.stdout).toContain(
      'URL: /news/2026/11/20/aero-cafe-reopens-at-last/ (https://meridianpost.example/news/2026/11/20/aero-cafe-reopens-at-last/)',
    );

    const { data } = matter(readFileSync(file, 'utf8'));
    expect(data).toEqual({
      headline: 'Ærø café reopens — at last!',
      byline: ['alice-adams', 'bob-brown'],
      publishedAt: '2026-11-20T08:30:00-05:00',
      section: 'news',
      tags: ['Food', 'City Council'],
    });
    const check = runCli('check-content', [], { CONTENT_DIR: content });
    expect(check.stdout).toContain('No problems');
    expect(check.status).toBe(0);
  });

  it('writes a single author as an id and marks a draft as such', () => {
    const created = newArticle([
      '--headline',
      'Budget talks stall',
      '--section',
      'news',
      '--byline',
      'alice-adams',
      '--draft',
    ]);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('draft');
    const { data } = matter(readFileSync(join(content, 'articles/budget-talks-stall.md'), 'utf8'));
    expect(data.byline).toBe('alice-adams');
    expect(data.draft).toBe(true);
  });

  it('dates the URL in the publication time zone, not UTC', () => {
    const created = newArticle(
      ['--headline', 'Late vote', '--section', 'news', '--byline', 'alice-adams'],
      '2026-11-01T02:30:00Z',
    );
    expect(created.stdout).toContain('URL: /news/2026/10/31/late-vote/');
    expect(matter(readFileSync(join(content, 'articles/late-vote.md'), 'utf8')).data.publishedAt).toBe(
      '2026-10-31T22:30:00-04:00',
    );
  });

  it('refuses to overwrite an existing file', () => {
    const before = readFileSync(join(content, 'articles/news-01.md'), 'utf8');
    const again = newArticle(['--headline', 'News 01', '--section', 'news', '--byline', 'alice-adams']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/articles\/news-01\.md already exists/);
    expect(readFileSync(join(content, 'articles/news-01.md'), 'utf8')).toBe(before);
  });

  it('refuses a slug another article already uses, in another folder or by override', () => {
    writeContent(content, {
      articles: {
        'archive/old-budget': {
          data: {
            headline: 'Old',
            byline: 'alice-adams',
            publishedAt: '2026-01-01T10:00:00Z',
            section: 'news',
            slug: 'budget-talks-stall',
          },
        },
      },
    });
    const created = newArticle(['--headline', 'Budget talks stall', '--section', 'news', '--byline', 'alice-adams']);
    expect(created.status).toBe(1);
    expect(created.stderr).toMatch(
      /The slug "budget-talks-stall" is already used by .*articles\/archive\/old-budget\.md/,
    );
    expect(existsSync(join(content, 'articles/budget-talks-stall.md'))).toBe(false);
  });

  it('names the closest ids for an unknown section or author, and writes nothing', () => {
    const before = articleFiles();
    const created = newArticle([
      '--headline',
      'Bridge run',
      '--section',
      'sports',
      '--byline',
      'alice-adams,bob-browne',
    ]);
    expect(created.status).toBe(1);
    expect(created.stderr).toContain('unknown section "sports"; did you mean "sport"?');
    expect(created.stderr).toContain('unknown author "bob-browne"; did you mean "bob-brown"?');
    expect(articleFiles()).toEqual(before);
  });

  it('prints the usage and exits 2 on missing or unknown options', () => {
    const missing = newArticle(['--headline', 'Bridge run']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Missing --section, --byline.');
    expect(missing.stderr).toContain('Usage: npm run new --');

    const unknown = newArticle([
      '--headline',
      'Bridge run',
      '--section',
      'news',
      '--byline',
      'alice-adams',
      '--author',
      'x',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--author'");

    const noSlug = newArticle(['--headline', '市议会', '--section', 'news', '--byline', 'alice-adams']);
    expect(noSlug.status).toBe(2);
    expect(noSlug.stderr).toContain('pass --slug');
  });

  it('takes a --slug, checked by the schema', () => {
    expect(
      newArticle([
        '--headline',
        '市议会',
        '--section',
        'news',
        '--byline',
        'alice-adams',
        '--slug',
        'city-council-china-visit',
      ]).status,
    ).toBe(0);
    expect(existsSync(join(content, 'articles/city-council-china-visit.md'))).toBe(true);
    const bad = newArticle(['--headline', 'x', '--section', 'news', '--byline', 'alice-adams', '--slug', 'Not A Slug']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('slug must be lowercase letters, digits and single hyphens');
  });

  it('takes the kind of story with --type, and refuses a kind the schema does not know', () => {
    const opinion = newArticle([
      '--headline',
      'Keep the hours',
      '--section',
      'news',
      '--byline',
      'alice-adams',
      '--type',
      'opinion',
    ]);
    expect(opinion.status, opinion.stderr).toBe(0);
    expect(matter(readFileSync(join(content, 'articles/keep-the-hours.md'), 'utf8')).data.type).toBe('opinion');
    const before = articleFiles();
    const blog = newArticle([
      '--headline',
      'A blog post',
      '--section',
      'news',
      '--byline',
      'alice-adams',
      '--type',
      'blog',
    ]);
    expect(blog.status).toBe(1);
    expect(blog.stderr).toContain(
      'type: type must be one of news, analysis, opinion, review, explainer, obituary, sponsored, live, got "blog"',
    );
    expect(articleFiles()).toEqual(before);
  });
});
