/** One page of a paginated listing, with what a page needs to link its neighbours. */
export interface ListingPage<T> {
  items: T[];
  pageNumber: number;
  pageCount: number;
  /** Path of this page: `base` for the first, `base + "page/N/"` after. */
  path: string;
  previousPath?: string;
  nextPath?: string;
  /** Route parameter of this page for a `[...page]` route: undefined for the first page. */
  param?: string;
}

export function pagePath(basePath: string, pageNumber: number): string {
  return pageNumber === 1 ? basePath : `${basePath}page/${pageNumber}/`;
}

/** The listing a numbered page belongs to (`/city/page/3/` → `/city/`), the reverse of pagePath; else undefined. */
export const listingOfNumberedPage = (path: string): string | undefined => /^(.*\/)page\/\d+\/$/.exec(path)?.[1];

/** Splits a listing into pages of `pageSize` (`/base/`, `/base/page/2/`, …). An empty listing still has one page. */
export function paginate<T>(items: readonly T[], pageSize: number, basePath: string): ListingPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      items: items.slice(index * pageSize, pageNumber * pageSize),
      pageNumber,
      pageCount,
      path: pagePath(basePath, pageNumber),
      previousPath: pageNumber > 1 ? pagePath(basePath, pageNumber - 1) : undefined,
      nextPath: pageNumber < pageCount ? pagePath(basePath, pageNumber + 1) : undefined,
      param: pageNumber === 1 ? undefined : `page/${pageNumber}`,
    };
  });
}
