/**
 * Every route in src/pages, by the addresses it serves: the one list that the reserved section ids,
 * the address-conflict check (livePages, addressConflicts), the content check's link router and the
 * URL manifest read, so that a new page type cannot escape any of them. A file added to src/pages
 * needs a row here (tests/unit/routes.test.ts fails until it has one).
 */

/**
 * `listing`: a paginated list of stories (`page/2/` … after the first); `index`: the list of all the
 * listings of one kind (topics, authors, months); `standing page`: one of content/pages/ (/about/);
 * `retired`: an old address, a redirect or a notice that the story was removed; `file`: a document
 * for crawlers or a share card.
 */
export type RouteKind =
  | 'front page'
  | 'article'
  | 'listing'
  | 'index'
  | 'standing page'
  | 'search'
  | 'not found'
  | 'feed'
  | 'file'
  | 'retired';

export interface SiteRoute {
  /** The addresses it serves, with the route's parameters: `/tags/[tag]/`, `/[section]/feed.xml`. Pages end in `/`. */
  pattern: string;
  kind: RouteKind;
  /** Its file under src/pages. */
  file: string;
  /** Section ids it keeps for itself: the first segment of its addresses, or a name readers would take for it. */
  reserves?: readonly string[];
}

/** In the order editors see the reserved ids listed. */
export const SITE_ROUTES: readonly SiteRoute[] = [
  { pattern: '/authors/', kind: 'index', file: 'authors/index.astro', reserves: ['authors'] },
  { pattern: '/authors/[author]/', kind: 'listing', file: 'authors/[author]/[...page].astro' },
  { pattern: '/authors/[author]/feed.xml', kind: 'feed', file: 'authors/[author]/feed.xml.ts' },
  { pattern: '/tags/', kind: 'index', file: 'tags/index.astro', reserves: ['tags'] },
  { pattern: '/tags/[tag]/', kind: 'listing', file: 'tags/[tag]/[...page].astro' },
  { pattern: '/tags/[tag]/feed.xml', kind: 'feed', file: 'tags/[tag]/feed.xml.ts' },
  { pattern: '/types/[type]/', kind: 'listing', file: 'types/[type]/[...page].astro', reserves: ['types'] },
  { pattern: '/archive/', kind: 'index', file: 'archive/index.astro', reserves: ['archive'] },
  { pattern: '/archive/[yyyy]/[mm]/', kind: 'listing', file: 'archive/[yyyy]/[mm]/[...page].astro' },
  { pattern: '/corrections/', kind: 'index', file: 'corrections/index.astro', reserves: ['corrections'] },
  { pattern: '/corrections/feed.xml', kind: 'feed', file: 'corrections/feed.xml.ts' },
  { pattern: '/search/', kind: 'search', file: 'search.astro', reserves: ['search'] },
  // `/page/2/` reads as the front page's second page.
  { pattern: '/', kind: 'front page', file: 'index.astro', reserves: ['page'] },
  { pattern: '/feed.xml', kind: 'feed', file: 'feed.xml.ts' },
  { pattern: '/feed.json', kind: 'feed', file: 'feed.json.ts' },
  // `/removed/` reads as the stories this route's notices say were removed.
  { pattern: '/[...retired]/', kind: 'retired', file: '[...retired].astro', reserves: ['removed'] },
  // `/404/` reads as the not-found page.
  { pattern: '/404.html', kind: 'not found', file: '404.astro', reserves: ['404'] },
  // Ahead of /[section]/ in Astro's priority; an id both a page and a section is an error (standingPageProblems).
  { pattern: '/[standing]/', kind: 'standing page', file: '[standing].astro' },
  { pattern: '/[section]/', kind: 'listing', file: '[section]/[...page].astro' },
  { pattern: '/[section]/[yyyy]/[mm]/[dd]/[slug]/', kind: 'article', file: '[section]/[yyyy]/[mm]/[dd]/[slug].astro' },
  { pattern: '/[section]/feed.xml', kind: 'feed', file: '[section]/feed.xml.ts' },
  { pattern: '/social/[slug].png', kind: 'file', file: 'social/[slug].png.ts' },
  { pattern: '/social/[kind]/[name].png', kind: 'file', file: 'social/[kind]/[name].png.ts' },
  { pattern: '/logo.png', kind: 'file', file: 'logo.png.ts' },
  { pattern: '/robots.txt', kind: 'file', file: 'robots.txt.ts' },
  { pattern: '/news-sitemap.xml', kind: 'file', file: 'news-sitemap.xml.ts' },
];

/** First path segments and names the site's own pages use, so no section may be called that. */
export const RESERVED_SECTION_IDS: readonly string[] = [
  ...new Set(SITE_ROUTES.flatMap((route) => route.reserves ?? [])),
];

const hasParameters = (route: SiteRoute): boolean => route.pattern.includes('[');
const isPage = (route: SiteRoute): boolean => route.pattern.endsWith('/');

/** The fixed pages that list the content: the front page and the indexes of topics, authors and months. */
export const INDEX_PAGE_PATHS: readonly string[] = SITE_ROUTES.filter(
  (route) => route.kind === 'front page' || route.kind === 'index',
).map((route) => route.pattern);

/** Whether a route without parameters serves this very path (`/search/`, `/feed.xml`), whatever the content. */
export const isFixedAddress = (path: string): boolean =>
  SITE_ROUTES.some((route) => !hasParameters(route) && route.pattern === path);

/** The not-found page, which hosts serve for any address they have no file for: not an address of its own. */
export const isNotFoundPage = (path: string): boolean =>
  SITE_ROUTES.some((route) => route.kind === 'not found' && route.pattern === path);

/** `/tags/[tag]/feed.xml` as a regular expression: a parameter is one segment, a rest parameter (`[...x]`) any number. */
function addressPattern(route: SiteRoute): RegExp {
  const source = route.pattern.replace(/\[(\.\.\.)?\w+\]|[.*+?^${}()|\\]/g, (token: string, rest?: string) =>
    token.startsWith('[') ? (rest ? '.+' : '[^/]+') : `\\${token}`,
  );
  return new RegExp(`^${source}$`);
}

// A page with parameters (`/[section]/`) would match any path: only the content knows which of its pages exist.
const projectRoutePatterns = SITE_ROUTES.filter((route) => !(isPage(route) && hasParameters(route))).map(
  addressPattern,
);

/** Whether a path is served by a route of the project whatever the content: a fixed page such as /search/, or a feed or share card (`/city/feed.xml`). */
export const matchesProjectRoute = (path: string): boolean =>
  projectRoutePatterns.some((pattern) => pattern.test(path));
