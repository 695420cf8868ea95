/**
 * The /search/ page in the browser: reads `?q=` and the filters from the address, asks the Pagefind
 * index the build wrote to /pagefind/, and lists the results. Only this page loads it.
 */
import { SEARCH_FILTERS } from '../lib/search/search-index.ts';
import {
  RESULTS_PER_PAGE,
  excerptParts,
  isEmpty,
  pagefindArguments,
  readSearchRequest,
  resultSummary,
  type Pagefind,
  type PagefindResult,
} from '../lib/search/search-results.ts';

/** Built by Pagefind after Astro has bundled this script, so it is loaded at run time, never bundled. */
const PAGEFIND_BUNDLE = '/pagefind/pagefind.js';

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
  const chosen = { section: chooseOption(SEARCH_FILTERS.section, request.filters.section), topic: chooseOption(SEARCH_FILTERS.tag, request.filters.tag) };
  if (isEmpty(request)) return;

  status.textContent = 'Searching…';
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as Pagefind;
  const { results } = await pagefind.search(...pagefindArguments(request));

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
