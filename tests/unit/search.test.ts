import { describe, expect, it } from 'vitest';
import { pagefindAttribute, searchFields } from '../../src/lib/search/search-index.ts';
import {
  excerptParts,
  isEmpty,
  pagefindArguments,
  readSearchRequest,
  resultSummary,
} from '../../src/lib/search/search-results.ts';
import { makeStory } from '../helpers/story.ts';

describe('what an article tells the search index', () => {
  const story = makeStory({
    data: {
      section: 'city',
      tags: ['Harbor Bridge', 'harbor bridge', 'City Council'],
      publishedAt: new Date('2026-11-20T13:30:00Z'),
    },
  });
  const fields = searchFields(story, { sectionName: 'City, Region & Coast', date: 'November 20, 2026' });

  it('filters by section id and tag slug, each tag once however it is spelled', () => {
    expect(fields.filter((field) => field.kind === 'filter')).toEqual([
      { kind: 'filter', name: 'section', value: 'city' },
      { kind: 'filter', name: 'tag', value: 'harbor-bridge' },
      { kind: 'filter', name: 'tag', value: 'city-council' },
    ]);
  });

  it('carries the section name and publication date for the result list, commas and all', () => {
    expect(fields.filter((field) => field.kind === 'meta')).toEqual([
      { kind: 'meta', name: 'section', value: 'City, Region & Coast' },
      { kind: 'meta', name: 'published', value: '2026-11-20T13:30:00.000Z' },
      { kind: 'meta', name: 'date', value: 'November 20, 2026' },
    ]);
    expect(fields.filter((field) => field.kind === 'sort')).toEqual([
      { kind: 'sort', name: 'published', value: '2026-11-20T13:30:00.000Z' },
    ]);
  });

  it('has Pagefind read each value from the value attribute, never parsing it', () => {
    expect(pagefindAttribute({ kind: 'filter', name: 'tag', value: 'a, b' })).toEqual({
      'data-pagefind-filter': 'tag[value]',
    });
    expect(pagefindAttribute({ kind: 'meta', name: 'date', value: 'x' })).toEqual({
      'data-pagefind-meta': 'date[value]',
    });
  });
});

describe('reading a search address', () => {
  it('takes the words from q and only the filters that were chosen', () => {
    expect(readSearchRequest(new URLSearchParams('q=+harbor+bridge+&section=city&tag='))).toEqual({
      query: 'harbor bridge',
      filters: { section: 'city' },
    });
    expect(readSearchRequest(new URLSearchParams('tag=harbor-bridge&utm_source=x'))).toEqual({
      query: '',
      filters: { tag: 'harbor-bridge' },
    });
  });

  it('asks nothing when there is nothing to search for', () => {
    expect(isEmpty(readSearchRequest(new URLSearchParams('q=%20&section=')))).toBe(true);
    expect(isEmpty(readSearchRequest(new URLSearchParams('section=city')))).toBe(false);
  });

  it('ranks word searches by relevance and lists a filter alone newest first', () => {
    expect(pagefindArguments({ query: 'ferry', filters: { section: 'city' } })).toEqual([
      'ferry',
      { filters: { section: 'city' } },
    ]);
    expect(pagefindArguments({ query: '', filters: { tag: 'ferries' } })).toEqual([
      null,
      { filters: { tag: 'ferries' }, sort: { published: 'desc' } },
    ]);
  });
});

describe('showing results', () => {
  it('splits an excerpt at its highlights into plain text, decoding what Pagefind escaped', () => {
    expect(excerptParts('The <mark>bridge</mark> &lt;script&gt; & <mark>Bridge</mark>.')).toEqual([
      { text: 'The ', match: false },
      { text: 'bridge', match: true },
      { text: ' <script> & ', match: false },
      { text: 'Bridge', match: true },
      { text: '.', match: false },
    ]);
  });

  it('sums up the results in a sentence', () => {
    expect(resultSummary(0, 'dumpling', {})).toBe('No stories match “dumpling”.');
    expect(resultSummary(1, 'landscaping', {})).toBe('1 story matches “landscaping”.');
    expect(resultSummary(3, 'ferry', { section: 'City', topic: 'Harbor Bridge' })).toBe(
      '3 stories in City about Harbor Bridge match “ferry”.',
    );
    expect(resultSummary(12, '', { topic: 'Ferries' })).toBe('12 stories about Ferries.');
  });
});
