/**
 * The search page's logic, free of the DOM: what a search URL asks for, and how Pagefind's answer is
 * put into words for readers. Runs in the browser (src/scripts/search-page.ts) and in unit tests.
 */
import { SEARCH_FILTERS, SEARCH_SORT } from './search-index.ts';

/** The part of Pagefind's browser API (`pagefind.js` in a bundle) the search page uses. */
export interface Pagefind {
  /** `mergeFilter`: a filter every page of this bundle is given, as if each had it. */
  options(options: { mergeFilter?: Record<string, string> }): Promise<void>;
  /** Adds another bundle's index (a site path such as `/pagefind/2025/`) to this one's searches. */
  mergeIndex(bundlePath: string, options?: { mergeFilter?: Record<string, string> }): Promise<void>;
  search(
    query: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindHit[] }>;
}

/** A result before its details are loaded. */
export interface PagefindHit {
  data(): Promise<PagefindResult>;
}

export interface PagefindResult {
  url: string;
  /** Text around the matches; Pagefind escapes `<` and `>` and wraps matches in `<mark>`. */
  excerpt: string;
  /** `title` (Pagefind takes the headline) and the fields of src/lib/search-index.ts: section, published, date. */
  meta: Record<string, string | undefined>;
}

export interface SearchRequest {
  query: string;
  /** Filter name → id or slug, only for filters the reader chose. */
  filters: Record<string, string>;
}

/** Results shown at once; "Show more results" adds as many again. */
export const RESULTS_PER_PAGE = 20;

/** `?q=harbor&section=city&tag=` → query "harbor", filtered to the city section. */
export function readSearchRequest(params: URLSearchParams): SearchRequest {
  const filters: Record<string, string> = {};
  for (const name of Object.values(SEARCH_FILTERS)) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

export const isEmpty = (request: SearchRequest): boolean => !request.query && Object.keys(request.filters).length === 0;

/** What to ask Pagefind: relevance for words; filters alone list newest first. */
export function pagefindArguments(request: SearchRequest): Parameters<Pagefind['search']> {
  return request.query
    ? [request.query, { filters: request.filters }]
    : [null, { filters: request.filters, sort: { [SEARCH_SORT.published]: 'desc' } }];
}

export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** Splits an excerpt at its `<mark>`s into plain text, so the page never parses it as HTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  return excerpt
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const marked = /^<mark>(.*)<\/mark>$/s.exec(piece);
      return { text: decode(marked ? marked[1]! : piece), match: Boolean(marked) };
    });
}

/** "3 stories in City about Harbor Bridge match “ferry”." — names of the filters readers chose, as the form shows them. */
export function resultSummary(count: number, query: string, chosen: { section?: string; topic?: string }): string {
  const stories = count === 0 ? 'No stories' : count === 1 ? '1 story' : `${count} stories`;
  const section = chosen.section ? ` in ${chosen.section}` : '';
  const topic = chosen.topic ? ` about ${chosen.topic}` : '';
  if (!query) return `${stories}${section}${topic}.`;
  return `${stories}${section}${topic} ${count === 1 ? 'matches' : 'match'} “${query}”.`;
}
