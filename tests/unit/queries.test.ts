import { describe, expect, it } from 'vitest';
import { byAuthor, groupByMonth, groupByTag, inSection, newestFirst } from '../../src/lib/content/queries.ts';
import { makeStory } from '../helpers/story.ts';

const old = makeStory({ slug: 'old', data: { publishedAt: new Date('2026-09-30T12:00:00Z'), section: 'city', tags: ['Budget'] } });
const mid = makeStory({ slug: 'mid', data: { publishedAt: new Date('2026-10-15T12:00:00Z'), byline: ['bob'], tags: ['budget', 'Harbor'] } });
const fresh = makeStory({ slug: 'fresh', data: { publishedAt: new Date('2026-11-02T12:00:00Z'), byline: ['alice', 'bob'], tags: ['Budget'] } });
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
