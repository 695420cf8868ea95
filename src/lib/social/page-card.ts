/**
 * The share cards of the pages that are not articles, in the article cards' design: a section's, a
 * topic's and an author's listing have one each, and the site has one for its home page and every
 * other page (search, archive, the indexes), so no page is shared with a picture networks do not show.
 */
import { tagSlug } from '../urls/permalink.ts';
import type { CardContent } from './social-card.ts';
import { CARD_TYPE, SOCIAL_IMAGE_SIZE, type SocialImage } from './social-image.ts';

/** A page that is not an article, by the card it is shared with. */
export type PageCard =
  | { kind: 'site' }
  | { kind: 'section'; id: string; name: string }
  | { kind: 'tag'; label: string }
  | { kind: 'author'; id: string; name: string };

export const SITE_CARD: PageCard = { kind: 'site' };

export const sectionCard = (section: { id: string; data: { name: string } }): PageCard => ({
  kind: 'section',
  id: section.id,
  name: section.data.name,
});

export const tagCard = (label: string): PageCard => ({ kind: 'tag', label });

export const authorCard = (author: { id: string; data: { name: string } }): PageCard => ({
  kind: 'author',
  id: author.id,
  name: author.data.name,
});

type Publication = { name: string; description: string };

/** Where a card lives (`name` under the folder of its `kind`), the word above its big text, and the big text. */
function partsOf(
  card: PageCard,
  publication: Publication,
): { kind: string; name: string; kicker: string; title: string } {
  switch (card.kind) {
    case 'site':
      // The publication's name is at the card's foot already, so its description is the big text.
      return { kind: 'site', name: 'home', kicker: 'News', title: publication.description };
    case 'section':
      return { kind: 'section', name: card.id, kicker: 'Section', title: card.name };
    case 'tag':
      return { kind: 'tag', name: tagSlug(card.label), kicker: 'Topic', title: card.label };
    case 'author':
      return { kind: 'author', name: card.id, kicker: 'Author', title: card.name };
  }
}

export interface DrawnPageCard {
  /**
   * Site-relative path, `/social/{kind}/{name}.png`, e.g. `/social/section/city.png`: in a folder below
   * the article cards (`/social/{slug}.png`), so no article, whatever its file is called, takes its address.
   */
  path: string;
  /** That path's parameters for the route that draws the cards (src/pages/social/[kind]/[name].png.ts). */
  params: { kind: string; name: string };
  content: CardContent;
  /** What the card says, for people who cannot see it. */
  alt: string;
}

export function drawnPageCard(card: PageCard, publication: Publication): DrawnPageCard {
  const { kind, name, kicker, title } = partsOf(card, publication);
  return {
    path: `/social/${kind}/${name}.png`,
    params: { kind, name },
    content: { section: kicker, headline: title, publication: publication.name },
    alt: `${publication.name}: ${title}`,
  };
}

/** The share image of a page that is not an article: its card, 1200×630. */
export function pageCardImage(card: PageCard, publication: Publication): Extract<SocialImage, { kind: 'card' }> {
  const { path, alt } = drawnPageCard(card, publication);
  return { kind: 'card', path, alt, type: CARD_TYPE, ...SOCIAL_IMAGE_SIZE };
}
