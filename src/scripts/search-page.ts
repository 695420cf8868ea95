/**
 * The /search/ page in the browser: reads `?q=` and the filters from the address, asks the Pagefind
 * bundles the build wrote under /pagefind/ (one per shard of the archive, merged into one index; under the
 * site's base, like every URL), and lists the results. Only this page loads them.
 */
import { SEARCH_FILTERS } from '../lib/search/search-index.ts';
import { BUNDLE_FILTER, readShardsManifest, searchBundles, SHARDS_MANIFEST_URL } from '../lib/search/search-shards.ts';
import {
  RESULTS_PER_PAGE,
  excerptParts,
  isEmpty,
  readSearchRequest,
  resultSummary,
  type Pagefind,
  type PagefindResult,
} from '../lib/search/search-results.ts';

/**
 * Every shard's bundle merged into the newest one's, each given its path as BUNDLE_FILTER; undefined
 * when the site has no stories yet. Written by Pagefind after Astro has bundled this script, so loaded
 * at run time, never bundled.
 */
async function openIndex(): Promise<{ pagefind: Pagefind; bundles: string[] } | undefined> {
  const response = await fetch(SHARDS_MANIFEST_URL);
  if (!response.ok) throw new Error(`${SHARDS_MANIFEST_URL} answered ${response.status}`);
  const bundles = readShardsManifest(await response.json());
  const [newest, ...older] = bundles;
  if (!newest) return undefined;
  const pagefind = (await import(/* @vite-ignore */ `${newest}pagefind.js`)) as Pagefind;
  await pagefind.options({ mergeFilter: { [BUNDLE_FILTER]: newest } });
  await Promise.all(older.map((bundle) => pagefind.mergeIndex(bundle, { mergeFilter: { [BUNDLE_FILTER]: bundle } })));
  return { pagefind, bundles };
}

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page has no ${selector}`);
  return found;
}

const form = element<HTMLFormElement>('.search-form');
const status = element<HTMLElement>('#search-status');
const list = element<HTMLOListElement>('#search-results');
const more = element<HTMLButtonElement>('#search-more');
const template = element<HTMLTemplateElement>('#search-result');

/** Shows a filter from the address as chosen in its menu again; returns the option's name, if it is one. */
function chooseOption(field: string, value: string | undefined): string | undefined {
  const select = form.elements.namedItem(field);
  if (!(select instanceof HTMLSelectElement) || !value) return undefined;
  select.value = value;
  return select.selectedIndex > 0 ? select.selectedOptions[0]?.text : undefined;
}

function resultItem(result: PagefindResult): HTMLLIElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const { title, section, published, date } = result.meta;
  item.querySelector('.kicker')!.textContent = section ?? '';
  const link = item.querySelector('a')!;
  link.href = result.url;
  link.textContent = title ?? result.url;
  item.querySelector('.card__dek')!.append(
    ...excerptParts(result.excerpt).map(({ text, match }) => {
      if (!match) return text;
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    }),
  );
  if (published && date) {
    const time = document.createElement('time');
    time.dateTime = published;
    time.textContent = date;
    item.querySelector('.card__meta')!.append(time);
  }
  return item;
}

async function run(): Promise<void> {
  const request = readSearchRequest(new URLSearchParams(location.search));
  const query = form.elements.namedItem('q');
  if (query instanceof HTMLInputElement) query.value = request.query;
  const chosen = {
    section: chooseOption(SEARCH_FILTERS.section, request.filters.section),
    topic: chooseOption(SEARCH_FILTERS.tag, request.filters.tag),
  };
  if (isEmpty(request)) return;

  status.textContent = 'Searching…';
  const index = await openIndex();
  const results = index ? await searchBundles(index.pagefind, index.bundles, request) : [];

  let shown = 0;
  const showMore = async (): Promise<void> => {
    const next = await Promise.all(results.slice(shown, shown + RESULTS_PER_PAGE).map((result) => result.data()));
    const items = next.map(resultItem);
    list.append(...items);
    list.hidden = false;
    // Readers who asked for more continue from the first new result.
    if (shown > 0) items[0]?.querySelector('a')?.focus();
    shown += next.length;
    more.hidden = shown >= results.length;
  };
  more.addEventListener('click', () => showMore().catch(failed));
  await showMore();
  // Announced once the results are there to read.
  status.textContent = resultSummary(results.length, request.query, chosen);
}

function failed(error: unknown): void {
  status.textContent = 'Search is not available right now. Please try again later.';
  // For whoever runs the site: `npm run dev` has no index, `npm run build` writes it.
  console.error('Search failed:', error);
}

run().catch(failed);
