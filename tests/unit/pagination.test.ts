import { describe, expect, it } from 'vitest';
import { listingOfNumberedPage, paginate, pagePath } from '../../src/lib/urls/pagination.ts';

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, index) => index);

  it('splits into pages of the given size under /page/N/', () => {
    const pages = paginate(items, 20, '/city/');
    expect(pages.map((page) => page.path)).toEqual(['/city/', '/city/page/2/', '/city/page/3/']);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages[2]!.items[0]).toBe(40);
  });

  it('links each page to its neighbours', () => {
    const [first, second, third] = paginate(items, 20, '/city/');
    expect(first!.previousPath).toBeUndefined();
    expect(first!.nextPath).toBe('/city/page/2/');
    expect(second!.previousPath).toBe('/city/');
    expect(second!.nextPath).toBe('/city/page/3/');
    expect(third!.nextPath).toBeUndefined();
  });

  it('gives the rest parameter of each page for [...page] routes', () => {
    expect(paginate(items, 20, '/x/').map((page) => page.param)).toEqual([undefined, 'page/2', 'page/3']);
  });

  it('keeps one empty page for an empty listing', () => {
    const pages = paginate([], 20, '/x/');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toEqual([]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/x/')).toThrow(/positive integer/);
  });
});

describe('listingOfNumberedPage', () => {
  it('leads a numbered page back to its listing, and nothing else', () => {
    expect(listingOfNumberedPage(pagePath('/city/', 3))).toBe('/city/');
    expect(listingOfNumberedPage(pagePath('/tags/harbor-bridge/', 12))).toBe('/tags/harbor-bridge/');
    expect(listingOfNumberedPage('/city/')).toBeUndefined();
    expect(listingOfNumberedPage('/city/page/abc/')).toBeUndefined();
    expect(listingOfNumberedPage('/city/2026/11/20/page/')).toBeUndefined();
  });
});
