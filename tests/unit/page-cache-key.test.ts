import { describe, expect, it } from 'vitest';
import { pageCacheKeys } from '../../src/lib/pages/page-cache-key.ts';

const story = (slug: string, headline: string) => ({
  slug,
  digest: 'digest-of-the-file',
  data: { headline, publishedAt: new Date('2026-11-20T13:30:00Z'), tags: ['harbor'] },
});

describe('page cache keys', () => {
  const shared = { sections: ['City', 'Politics'], date: '2026-11-25' };

  it('stay the same while nothing a page shows has changed', () => {
    const stories = [story('a', 'Bridge reopens'), story('b', 'Budget passes')];
    const again = [story('a', 'Bridge reopens'), story('b', 'Budget passes')];
    expect(pageCacheKeys(shared, stories)({ page: 1, items: stories })).toBe(
      pageCacheKeys({ ...shared }, again)({ page: 1, items: again }),
    );
  });

  it('change with any field of any story on the page, with the page props and with what every page shows', () => {
    const stories = [story('a', 'Bridge reopens'), story('b', 'Budget passes')];
    const key = pageCacheKeys(shared, stories)({ page: 1, items: stories });
    const edited = [story('a', 'Bridge reopens'), story('b', 'Budget fails')];
    expect(pageCacheKeys(shared, edited)({ page: 1, items: edited })).not.toBe(key);
    const retagged = [
      story('a', 'Bridge reopens'),
      { ...story('b', 'Budget passes'), data: { ...story('b', 'Budget passes').data, tags: ['budget'] } },
    ];
    expect(pageCacheKeys(shared, retagged)({ page: 1, items: retagged })).not.toBe(key);
    const rewritten = [
      story('a', 'Bridge reopens'),
      { ...story('b', 'Budget passes'), digest: 'digest-of-a-rewritten-file' },
    ];
    expect(pageCacheKeys(shared, rewritten)({ page: 1, items: rewritten })).not.toBe(key);
    expect(pageCacheKeys(shared, stories)({ page: 2, items: stories })).not.toBe(key);
    expect(pageCacheKeys({ ...shared, date: '2026-11-26' }, stories)({ page: 1, items: stories })).not.toBe(key);
  });

  it('count a story by its content, not by its place in the props', () => {
    const [a, b] = [story('a', 'Bridge reopens'), story('b', 'Budget passes')];
    const keys = pageCacheKeys(shared, [a, b]);
    expect(keys({ items: [a, b] })).not.toBe(keys({ items: [b, a] }));
    expect(keys({ story: a, related: [b] })).not.toBe(keys({ story: b, related: [a] }));
  });

  it('refuse a Map or Set, which JSON would write as {} and so leave out of the key', () => {
    const keys = pageCacheKeys(shared, []);
    expect(() => keys({ authors: new Map([['a', 'Alice']]) })).toThrow('cannot hold a Map or Set');
    expect(() => keys({ tags: new Set(['harbor']) })).toThrow('cannot hold a Map or Set');
  });
});
