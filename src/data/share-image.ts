/**
 * The one place that turns the picture chosen to stand for a page (an article's photo or card:
 * src/lib/social/social-image.ts; any other page's card: src/lib/social/page-card.ts) into the
 * absolute URL, size and type that social cards, structured data and feeds announce.
 */
import { getImage } from 'astro:assets';
import { absoluteUrl, withoutBase } from '../lib/urls/permalink.ts';
import type { OpenGraphImage } from '../lib/social/social-meta.ts';
import { pageCardImage, type PageCard } from '../lib/social/page-card.ts';
import { socialImageFor } from '../lib/social/social-image.ts';
import type { Story } from '../lib/content/story.ts';
import { site } from '../site.config.ts';

export type SharedImage = OpenGraphImage & Required<Pick<OpenGraphImage, 'type'>>;

/**
 * Asked again by every page that announces the story, on purpose: Astro's incremental build learns
 * which images a page needs from the getImage calls made while it renders, and a page reused from an
 * earlier build has generated again only the images it asked for itself.
 */
export async function shareImage(page: Story | PageCard): Promise<SharedImage> {
  const chosen = 'kind' in page ? pageCardImage(page, site) : socialImageFor(page);
  if (chosen.kind === 'card')
    return {
      url: absoluteUrl(chosen.path, site.url),
      width: chosen.width,
      height: chosen.height,
      alt: chosen.alt,
      type: chosen.type,
    };
  const crop = await getImage({
    src: chosen.src,
    width: chosen.width,
    height: chosen.height,
    fit: 'cover',
    format: 'jpeg',
  });
  return {
    // Astro's image URLs are under the base already.
    url: absoluteUrl(withoutBase(crop.src, site.url), site.url),
    // A photo smaller than the card is not enlarged, so announce the size actually built.
    width: Number(crop.attributes.width ?? chosen.width),
    height: Number(crop.attributes.height ?? chosen.height),
    alt: chosen.alt,
    type: chosen.type,
  };
}
