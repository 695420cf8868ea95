/**
 * What an article page tells Pagefind besides its text: the filters readers narrow a search by, the
 * details a result shows, and the key results sort by. Ids and slugs are the filter values, so a
 * search URL (`/search/?q=bridge&section=city&tag=harbor-bridge`) stays stable when a name is edited.
 */
import { tagSlug } from '../urls/permalink.ts';

export type SearchFieldKind = 'filter' | 'meta' | 'sort';

export interface SearchField {
  kind: SearchFieldKind;
  name: string;
  value: string;
}

/** Filter names, shared with the search page's form fields and URL parameters. */
export const SEARCH_FILTERS = { section: 'section', tag: 'tag' } as const;
/** Sort keys, for listing a filter's stories without words to rank them by. */
export const SEARCH_SORT = { published: 'published' } as const;

interface Indexed {
  data: { section: string; tags: string[]; publishedAt: Date };
}

export function searchFields(story: Indexed, shown: { sectionName: string; date: string }): SearchField[] {
  const tagSlugs = [...new Set(story.data.tags.map(tagSlug).filter(Boolean))];
  const published = story.data.publishedAt.toISOString();
  return [
    { kind: 'filter', name: SEARCH_FILTERS.section, value: story.data.section },
    ...tagSlugs.map((slug): SearchField => ({ kind: 'filter', name: SEARCH_FILTERS.tag, value: slug })),
    { kind: 'meta', name: 'section', value: shown.sectionName },
    { kind: 'meta', name: 'published', value: published },
    { kind: 'meta', name: 'date', value: shown.date },
    { kind: 'sort', name: SEARCH_SORT.published, value: published },
  ];
}

/**
 * The attribute that hands one field to Pagefind, on an element of its own (an attribute holds one
 * field, and an article has several tags). Pagefind reads the value from the element's `value`
 * attribute exactly as written: commas, colons and all.
 */
export function pagefindAttribute(field: SearchField): Record<string, string> {
  return { [`data-pagefind-${field.kind}`]: `${field.name}[value]` };
}
