/**
 * Old addresses of articles (`aliases:` in frontmatter), other old addresses and the pages that answer
 * them (content/redirects.yaml), and URLs taken down on purpose (content/removed.yaml): which pages they
 * become, what may not be claimed twice, and the `_redirects` file hosts such as Netlify and Cloudflare
 * Pages read.
 */
import type { ContentProblem } from '../content/integrity.ts';
import { archiveMonthPath, authorPath, sectionPath, storyTypePath, tagPath } from './permalink.ts';
import { typeListings, type StoryType } from '../content/story-types.ts';
import { listingOfNumberedPage } from './pagination.ts';
import { INDEX_PAGE_PATHS, isFixedAddress, matchesProjectRoute } from './routes.ts';
import { groupByMonth, groupByTag } from '../content/queries.ts';
import { standingPagePath } from '../content/standing-pages.ts';

export interface Redirect {
  /** The old path, e.g. `/city/2026/11/19/bridge-opens/`. */
  from: string;
  /** Where the article lives now, or the page content/redirects.yaml sends the old path to. */
  to: string;
  /** The article file that claims the old path, or content/redirects.yaml. */
  filePath: string;
  /** The line of content/redirects.yaml that writes it; none for an article's alias. */
  line?: number;
}

/** content/redirects.yaml's entries as redirects, each at its line (the collection's ids are `redirects.yaml:<line>`). */
export const fileRedirects = (
  entries: readonly { id: string; filePath?: string; data: { from: string; to: string } }[],
): Redirect[] =>
  entries.map((entry) => ({
    ...entry.data,
    filePath: entry.filePath ?? 'redirects.yaml',
    line: Number(entry.id.split(':').at(-1)),
  }));

/** Where a redirect is written, as a problem names it: the article, or the file and line. */
const writtenAt = (redirect: Redirect): string =>
  redirect.line === undefined ? redirect.filePath : `${redirect.filePath}:${redirect.line}`;

/** A redirect of content/redirects.yaml must lead to a page the site serves: no chain, no dead end. */
/**
 * Whether the site serves a path: a page, a numbered page of a listing, a route's fixed address or file
 * (`/feed.xml`), or the feed of a listing that exists (`/city/feed.xml` only if there is a `/city/`).
 */
export function isServed(path: string, pages: ReadonlyMap<string, string>): boolean {
  if (servedBy(path, pages) !== undefined || isFixedAddress(path)) return true;
  if (path.endsWith('/feed.xml')) return pages.has(path.slice(0, -'feed.xml'.length));
  return matchesProjectRoute(path);
}

export function unservedRedirectTargets(
  redirects: readonly Redirect[],
  pages: ReadonlyMap<string, string>,
): AddressConflict[] {
  return redirects
    .filter((redirect) => redirect.line !== undefined && !isServed(redirect.to, pages))
    .map((redirect) => ({
      file: writtenAt(redirect),
      field: 'to',
      message: `the redirect from "${redirect.from}" leads to "${redirect.to}", which no page of the site serves; give the address of a page, such as a section (/city/), a topic (/tags/harbor/) or a story`,
      address: redirect.to,
    }));
}

export interface RemovedUrl {
  url: string;
  reason: string;
}

interface AliasedStory {
  url: string;
  filePath: string;
  data: { aliases?: string[] };
}

export function redirectsOf(stories: readonly AliasedStory[]): Redirect[] {
  return stories.flatMap((story) =>
    (story.data.aliases ?? []).map((from) => ({ from, to: story.url, filePath: story.filePath })),
  );
}

interface PlacedStory {
  slug: string;
  url: string;
  filePath: string;
  data: { tags: string[]; publishedAt: Date; type: StoryType };
}

/**
 * Every page the site builds from its content, each with the file that makes it exist: articles,
 * section, tag, author and archive listings, standing pages (/about/), and the fixed pages that list
 * them (routes.ts).
 */
export function livePages(content: {
  stories: readonly PlacedStory[];
  sections: readonly { id: string; filePath: string }[];
  authors: readonly { id: string; filePath: string }[];
  standingPages: readonly { id: string; filePath: string }[];
  timeZone: string;
}): Map<string, string> {
  const pages = new Map<string, string>();
  const claim = (path: string, source: string) => {
    if (!pages.has(path)) pages.set(path, source);
  };
  for (const path of INDEX_PAGE_PATHS) claim(path, 'the site itself');
  for (const story of content.stories) claim(story.url, story.filePath);
  for (const section of content.sections) claim(sectionPath(section.id), section.filePath);
  for (const author of content.authors) claim(authorPath(author.id), author.filePath);
  for (const page of content.standingPages) claim(standingPagePath(page.id), page.filePath);
  // The same groups the type, tag and archive routes build their pages from.
  for (const { type, name } of typeListings(content.stories)) {
    const first = content.stories.find((story) => story.data.type === type)!;
    claim(storyTypePath(type), `the listing "${name}" (${first.filePath})`);
  }
  for (const tag of groupByTag(content.stories))
    claim(tagPath(tag.label), `the tag "${tag.label}" of ${tag.stories[0]!.filePath}`);
  for (const { year, month, stories } of groupByMonth(content.stories, content.timeZone)) {
    claim(archiveMonthPath(year, month), `the archive of ${year}-${month} (${stories[0]!.filePath})`);
  }
  return pages;
}

/**
 * What serves a path now: the file that makes the page, a route of the site's own at that fixed
 * address (the search page), or the listing it is a numbered page of (`/city/page/3/`).
 */
function servedBy(path: string, pages: ReadonlyMap<string, string>): string | undefined {
  const page = pages.get(path) ?? (isFixedAddress(path) ? 'the site itself' : undefined);
  if (page) return page;
  const listing = listingOfNumberedPage(path);
  const owner = listing === undefined ? undefined : pages.get(listing);
  return owner && `the listing ${listing} (${owner}), which numbers its pages ${listing}page/2/ and on`;
}

/** A problem with an address, which it names so an editor tool can point at the line that writes it. */
export interface AddressConflict extends ContentProblem {
  address: string;
}

/**
 * What would make two pages fight over one address: an alias that is a live page, an alias claimed
 * by two articles, a removed URL that is still served or aliased. Each problem names both files.
 */
export function addressConflicts(
  redirects: readonly Redirect[],
  removed: readonly RemovedUrl[],
  pages: ReadonlyMap<string, string>,
  removedFile: string,
): AddressConflict[] {
  const problems: AddressConflict[] = [];
  const claimedBy = new Map<string, string>();
  for (const redirect of redirects) {
    const live = servedBy(redirect.from, pages);
    const earlier = claimedBy.get(redirect.from);
    const alias = redirect.line === undefined;
    const what = alias ? `alias "${redirect.from}"` : `redirect from "${redirect.from}"`;
    let message: string | undefined;
    if (redirect.from === redirect.to)
      message = alias
        ? `${what} is this article's own URL; list only the addresses it had before`
        : `${what} leads to itself`;
    else if (live)
      message = `${what} is the URL of a live page, made by ${live}; ${alias ? 'an alias' : 'an old address'} must be an address no page uses any more`;
    else if (earlier)
      message = `${what} is also claimed by ${earlier}; an old address can redirect to one ${alias ? 'article' : 'page'} only`;
    if (message)
      problems.push({ file: writtenAt(redirect), field: alias ? 'aliases' : 'from', message, address: redirect.from });
    claimedBy.set(redirect.from, earlier ?? writtenAt(redirect));
  }
  const listed = new Set<string>();
  for (const entry of removed) {
    const live = servedBy(entry.url, pages);
    const alias = claimedBy.get(entry.url);
    let message: string | undefined;
    if (live) message = `"${entry.url}" is listed as removed but is still served: it is made by ${live}`;
    else if (alias)
      message = `"${entry.url}" is listed as removed but ${alias} claims it as an alias; keep one of the two`;
    else if (listed.has(entry.url)) message = `"${entry.url}" is listed as removed twice`;
    if (message) problems.push({ file: removedFile, field: 'url', message, address: entry.url });
    listed.add(entry.url);
  }
  return problems;
}

/** `_redirects` in the format Netlify and Cloudflare Pages share: `from to 301`, one a line, sorted. */
export function redirectsFile(redirects: readonly { from: string; to: string }[]): string {
  return [...redirects]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((redirect) => `${redirect.from} ${redirect.to} 301\n`)
    .join('');
}
