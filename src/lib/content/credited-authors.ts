import { absoluteUrl, authorPath } from '../urls/permalink.ts';

/** An author as feeds, structured data and social cards credit them: a name and the absolute URL of their page. */
export interface CreditedAuthor {
  id: string;
  name: string;
  url: string;
}

/** The byline's authors in byline order. The schema has already checked every id, so the id only stands in for a name defensively. */
export function creditedAuthors(
  byline: readonly string[],
  authors: ReadonlyMap<string, { data: { name: string } }>,
  origin: string,
): CreditedAuthor[] {
  return byline.map((id) => ({ id, name: authors.get(id)?.data.name ?? id, url: absoluteUrl(authorPath(id), origin) }));
}
