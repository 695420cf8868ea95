/**
 * Which picture stands for a story when it is shared (Open Graph, Twitter cards, JSON-LD, feeds): the
 * editor's own photo when the article has one, else the card the build generates for it. Other pages
 * share cards of their own (page-card.ts).
 */
import type { ArticleData } from '../content/story.ts';

/** The size social networks show large previews at (1.91:1). */
export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;
export const SOCIAL_IMAGE_SIZE = { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT } as const;

/** What the URL of each kind of picture serves: cards are drawn as PNG, a photo is cropped to JPEG. */
export const CARD_TYPE = 'image/png';
export const PHOTO_TYPE = 'image/jpeg';

/**
 * The publisher's logo in structured data, which Google wants as a raster image of at least 112×112:
 * the publication's monogram in the cards' type on their accent colour, drawn by src/pages/logo.png.ts.
 */
export const PUBLISHER_LOGO = { path: '/logo.png', width: 512, height: 512, type: CARD_TYPE } as const;

type Photo = NonNullable<ArticleData['image']>['src'];

interface Shared {
  width: typeof SOCIAL_IMAGE_WIDTH;
  height: typeof SOCIAL_IMAGE_HEIGHT;
  alt: string;
}

/**
 * `card`: the generated PNG at `path` (site-relative), already 1200×630.
 * `photo`: the article's own image; render it through Astro's
 * `getImage({ src, width: 1200, height: 630, fit: 'cover', format: 'jpeg' })` for the 1200×630 crop.
 */
export type SocialImage =
  | (Shared & { kind: 'card'; path: string; type: typeof CARD_TYPE })
  | (Shared & { kind: 'photo'; src: Photo; type: typeof PHOTO_TYPE });

/** The parts of a story that decide its social image. */
interface SocialImageStory {
  slug: string;
  data: Pick<ArticleData, 'headline' | 'image'>;
}

/** Site-relative path of a story's generated card, e.g. `/social/harbor-bridge-reopens.png` (slugs are unique). */
export function socialImagePath(story: Pick<SocialImageStory, 'slug'>): string {
  return `/social/${story.slug}.png`;
}

export function socialImageFor(story: SocialImageStory): SocialImage {
  const { image, headline } = story.data;
  if (image) return { kind: 'photo', src: image.src, alt: image.alt, type: PHOTO_TYPE, ...SOCIAL_IMAGE_SIZE };
  // The card shows the headline as its main text, so the headline is what it says to people who cannot see it.
  return { kind: 'card', path: socialImagePath(story), alt: headline, type: CARD_TYPE, ...SOCIAL_IMAGE_SIZE };
}

/** The stories the build draws a card for: those without a photo of their own. */
export function needsGeneratedCard(story: SocialImageStory): boolean {
  return socialImageFor(story).kind === 'card';
}
