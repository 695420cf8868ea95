import { describe, expect, it } from 'vitest';
import { authorLinks } from '../../src/lib/content/author-links.ts';
import { closest, unknownIdMessage } from '../../src/lib/content/closest.ts';
import { duplicateSlugs, formatProblems, reservedSections } from '../../src/lib/content/integrity.ts';
import { bylineParts, joinNames } from '../../src/lib/content/names.ts';
import { countWords, readingMinutes } from '../../src/lib/content/reading-time.ts';

describe('did-you-mean', () => {
  it('suggests the nearest known ids for a typo', () => {
    expect(closest('amara-okafr', ['amara-okafor', 'daniel-reyes'])).toEqual(['amara-okafor']);
    expect(closest('zzzzzz', ['amara-okafor'])).toEqual([]);
  });

  it('names the unknown id, the suggestion and every known id', () => {
    expect(unknownIdMessage('author', 'amara', ['amara-okafor', 'bo'])).toBe(
      'unknown author "amara"; did you mean "amara-okafor"? Known author ids: amara-okafor, bo.',
    );
  });
});

describe('reading time', () => {
  it('counts words, not link targets or markup', () => {
    expect(countWords('The [mayor](https://example.com/a/very/long/path) said ![chart](./c.png) no.')).toBe(4);
  });

  it('is at least a minute and rounds at 230 words a minute', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(1150))).toBe(5);
  });
});

it('joins bylines the way a newspaper prints them', () => {
  const text = (names: string[]) =>
    joinNames(names)
      .map((part) => part.text)
      .join('');
  expect(text(['A'])).toBe('A');
  expect(text(['A', 'B'])).toBe('A and B');
  expect(text(['A', 'B', 'C'])).toBe('A, B and C');
});

describe('bylineParts', () => {
  const authors = new Map([
    ['amara-okafor', { data: { name: 'Amara Okafor' } }],
    ['daniel-reyes', { data: { name: 'Daniel Reyes' } }],
  ]);

  it('names each author and keeps their id on the name, for the link', () => {
    expect(bylineParts(['daniel-reyes', 'amara-okafor'], authors)).toEqual([
      { kind: 'name', text: 'Daniel Reyes', person: 'daniel-reyes' },
      { kind: 'separator', text: ' and ' },
      { kind: 'name', text: 'Amara Okafor', person: 'amara-okafor' },
    ]);
  });

  it('shows the id of an author it has no file for, rather than dropping them', () => {
    expect(bylineParts(['amara-okafor', 'guest'], authors).at(-1)).toEqual({
      kind: 'name',
      text: 'guest',
      person: 'guest',
    });
  });
});

it('turns social handles into profile links', () => {
  expect(
    authorLinks({
      x: '@amara',
      bluesky: 'amara.bsky.social',
      mastodon: '@amara@mastodon.example',
      email: 'a@b.example',
    }),
  ).toEqual([
    { label: 'Email a@b.example', href: 'mailto:a@b.example' },
    { label: 'X: @amara', href: 'https://x.com/amara' },
    { label: 'Bluesky: @amara.bsky.social', href: 'https://bsky.app/profile/amara.bsky.social' },
    { label: 'Mastodon: @amara@mastodon.example', href: 'https://mastodon.example/@amara' },
  ]);
});

describe('content integrity', () => {
  it('reports a second article with a slug already used, naming both files', () => {
    const problems = duplicateSlugs([
      { filePath: 'content/articles/a/x.md', slug: 'x', url: '/n/2026/01/01/x/' },
      { filePath: 'content/articles/b/x.md', slug: 'x', url: '/n/2026/01/02/x/' },
    ]);
    expect(formatProblems(problems)).toContain(
      'content/articles/b/x.md: slug: slug "x" is already used by content/articles/a/x.md',
    );
  });

  it('refuses a section named like one of the site’s own paths', () => {
    expect(reservedSections([{ id: 'tags', filePath: 'content/sections/tags.md' }], ['tags'])).toHaveLength(1);
  });
});
