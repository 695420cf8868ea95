import { describe, expect, it } from 'vitest';
import {
  authorListings,
  byAuthor,
  groupByMonth,
  groupByTag,
  groupByYear,
  inSection,
  newestFirst,
} from '../../src/lib/content/queries.ts';
import { makeStory } from '../helpers/story.ts';

const old = makeStory({
  slug: 'old',
  data: { publishedAt: new Date('2026-09-30T12:00:00Z'), section: 'city', tags: ['Budget'] },
});
const mid = makeStory({
  slug: 'mid',
  data: { publishedAt: new Date('2026-10-15T12:00:00Z'), byline: ['bob'], tags: ['budget', 'Harbor'] },
});
const fresh = makeStory({
  slug: 'fresh',
  data: { publishedAt: new Date('2026-11-02T12:00:00Z'), byline: ['alice', 'bob'], tags: ['Budget'] },
});
const twin = makeStory({ slug: 'twin', data: { publishedAt: new Date('2026-11-02T12:00:00Z') } });

describe('newestFirst', () => {
  it('orders by publication time, newest first, and breaks ties by slug', () => {
    expect(newestFirst([old, twin, fresh, mid]).map((story) => story.slug)).toEqual(['fresh', 'twin', 'mid', 'old']);
  });

  it('does not reorder its input', () => {
    const input = [old, fresh];
    newestFirst(input);
    expect(input).toEqual([old, fresh]);
  });
});

it('inSection and byAuthor filter by section and by any author of the byline', () => {
  expect(inSection([old, mid, fresh], 'city')).toEqual([old]);
  expect(byAuthor([old, mid, fresh], 'bob')).toEqual([mid, fresh]);
});

describe('groupByTag', () => {
  it('groups spellings of one tag under one slug, titled by the most common spelling', () => {
    const groups = groupByTag([old, mid, fresh]);
    expect(groups.map((group) => group.slug)).toEqual(['budget', 'harbor']);
    expect(groups[0]!.label).toBe('Budget');
    expect(groups[0]!.stories.map((story) => story.slug)).toEqual(['old', 'mid', 'fresh']);
  });
});

describe('groupByMonth', () => {
  it('groups by calendar month in the publication time zone, newest month first', () => {
    const months = groupByMonth([old, mid, fresh], 'America/New_York');
    expect(months.map((month) => `${month.year}-${month.month}`)).toEqual(['2026-11', '2026-10', '2026-09']);
  });

  it('puts a story late on the last day of a month in that month where the paper is', () => {
    const halloweenNight = makeStory({ data: { publishedAt: new Date('2026-11-01T02:00:00Z') } });
    expect(groupByMonth([halloweenNight], 'America/New_York')[0]!.month).toBe('10');
    expect(groupByMonth([halloweenNight], 'UTC')[0]!.month).toBe('11');
  });
});

describe('groupByYear', () => {
  const lastNewYear = makeStory({ slug: 'new-year', data: { publishedAt: new Date('2025-12-31T12:00:00Z') } });

  it('puts each month under its year, newest year first, months in the order given', () => {
    const years = groupByYear(groupByMonth([old, lastNewYear, fresh, mid], 'UTC'));
    expect(years.map(({ year, months }) => [year, months.map((month) => month.month)])).toEqual([
      ['2026', ['11', '10', '09']],
      ['2025', ['12']],
    ]);
  });

  it('keeps each month with its stories', () => {
    const [year] = groupByYear(groupByMonth([fresh, twin], 'UTC'));
    expect(year!.months[0]!.stories.map((story) => story.slug)).toEqual(['fresh', 'twin']);
  });

  it('has no years for an empty archive', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('authorListings', () => {
  const author = (id: string, name: string) => ({ id, data: { name } });
  const alice = author('alice', 'Zara Ali');
  const bob = author('bob', 'Bob Adeyemi');
  const cleo = author('cleo', 'Cléo Martin');
  const twice = makeStory({ slug: 'twice', data: { byline: ['bob', 'bob'] } });

  it('lists authors by name, not by id or file order', () => {
    expect(authorListings([alice, cleo, bob], []).map((listing) => listing.author.id)).toEqual([
      'bob',
      'cleo',
      'alice',
    ]);
  });

  it.each([
    { id: 'alice', stories: [old, mid, fresh, twin], count: 3 },
    { id: 'bob', stories: [old, mid, fresh, twin], count: 2 },
    { id: 'bob', stories: [twice], count: 1 },
    { id: 'cleo', stories: [old, mid, fresh], count: 0 },
  ])('counts $count stories for $id, as byAuthor finds them', ({ id, stories, count }) => {
    const listing = authorListings([alice, bob, cleo], stories).find((entry) => entry.author.id === id);
    expect(listing!.storyCount).toBe(count);
    expect(byAuthor(stories, id)).toHaveLength(count);
  });
});
