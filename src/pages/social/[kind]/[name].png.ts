/**
 * A 1200×630 share card for each page that is not an article: the site's (home and every other
 * page), each section's, topic's and author's (see src/lib/social/page-card.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '../../../data/newsroom.ts';
import { cachedSocialCard, socialCardKey } from '../../../build/social-card-renderer.ts';
import { groupByTag } from '../../../lib/content/queries.ts';
import {
  SITE_CARD,
  authorCard,
  drawnPageCard,
  sectionCard,
  tagCard,
  type DrawnPageCard,
} from '../../../lib/social/page-card.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { stories, sections, authors } = await getNewsroom();
  const cards = [
    SITE_CARD,
    ...sections.map(sectionCard),
    // The topics that have a page: those of the stories published.
    ...groupByTag(stories).map((tag) => tagCard(tag.label)),
    ...[...authors.values()].map(authorCard),
  ].map((card) => drawnPageCard(card, site));
  // Keyed like the article cards, by what the card shows and its design.
  return cards.map((card) => ({ params: card.params, props: { card }, cacheKey: socialCardKey(card.content) }));
}) satisfies GetStaticPaths;

interface Props {
  card: DrawnPageCard;
}

export const GET: APIRoute<Props> = async ({ props: { card } }) => {
  const { png, missingGlyphs } = await cachedSocialCard(card.content);
  if (missingGlyphs.length > 0) {
    console.warn(
      `${card.path}: the share card's font has no letters for ${missingGlyphs.map((text) => `"${text}"`).join(', ')}, so they show as empty boxes.`,
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
