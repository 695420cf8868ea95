import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchDir, writeContent } from '../helpers/site.ts';

let contentDir: string;

beforeAll(() => {
  const files = newsroomFixture();
  const seawall = (headline: string, publishedAt: string, related?: string[]) => ({
    data: {
      headline,
      byline: 'alice-adams',
      publishedAt,
      section: 'news',
      tags: ['Seawall Bond'],
      ...(related && { related }),
    },
    body: 'The seawall bond would raise the seawall.\n',
  });
  files.articles!['seawall-bond-vote'] = seawall('Voters approve the seawall bond', '2026-11-12T15:00:00Z', [
    'news-03',
  ]);
  files.articles!['seawall-bond-explainer'] = seawall('What the seawall bond would pay for', '2026-11-03T15:00:00Z');
  contentDir = writeContent(join(scratchDir('related-cli'), 'content'), files);
});

const related = (args: string[], env: Record<string, string> = {}) =>
  runCli('related', args, { CONTENT_DIR: contentDir, DATELINE_NOW: BUILD_NOW, ...env });

describe('npm run related -- <slug>', () => {
  it('lists what the page shows, pins first, and each candidate with every part of its score', () => {
    const { status, stdout } = related(['seawall-bond-vote', '--limit', '3']);
    expect(status).toBe(0);
    expect(stdout).toContain('Voters approve the seawall bond');
    expect(stdout).toMatch(
      /Shown on its page[^\n]*\n {2}1\. news-03 {2}\(pinned\)\n {2}2\. seawall-bond-explainer {2}\(score \d\.\d{3}\)/,
    );
    expect(stdout).toContain('total =  (tags +  text + section + author) × decay');
    expect(stdout).toMatch(/ 1 +\d\.\d{3} +1\.000 +\d\.\d{3} +0\.150 +0\.050 +0\.\d{3} +9 +seawall-bond-explainer/);
    expect(stdout).toMatch(/shared tags: Seawall Bond \(idf \d\.\d\d\)/);
    expect(stdout).toMatch(/shared terms: [^\n]*seawall/);
  });

  it('names the nearest slug for one that matches no article, and exits 1', () => {
    const { status, stderr } = related(['seawall-bond-vite']);
    expect(status).toBe(1);
    expect(stderr).toContain('no article has the slug "seawall-bond-vite"; did you mean "seawall-bond-vote"');
  });

  it('explains a draft only for a preview, as a build would show it', () => {
    const draft = related(['secret-draft']);
    expect(draft.status).toBe(1);
    expect(draft.stderr).toContain('"secret-draft" is a draft');
    expect(related(['secret-draft'], { PREVIEW: '1' }).status).toBe(0);
  });

  it('prints the usage and exits 2 without a slug or with a bad option', () => {
    for (const args of [[], ['--limit', 'many', 'news-01'], ['news-01', 'news-02'], ['--colour', 'news-01']]) {
      const { status, stderr } = related(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: npm run related -- <slug> [--limit N]');
    }
  });
});

it('dates a story written with a date and no time on that day in the publication time zone', () => {
  const files = newsroomFixture();
  files.articles = { 'news-01': files.articles!['news-01']! };
  const content = writeContent(join(scratchDir('related-date'), 'content'), files);
  // Unquoted, as editors write it: YAML alone would read midnight UTC, still October 27 in New York.
  writeFileSync(
    join(content, 'articles/regatta-results.md'),
    '---\nheadline: Regatta results are in\nbyline: alice-adams\npublishedAt: 2026-10-28\nsection: sport\n---\nLight winds.\n',
  );
  const { status, stdout } = runCli('related', ['regatta-results'], { CONTENT_DIR: content, DATELINE_NOW: BUILD_NOW });
  expect(status).toBe(0);
  expect(stdout).toContain('regatta-results · sport · 2026-10-28 · tags: (none)');
});
