/**
 * The one place that turns the picture chosen to stand for a page (src/lib/social-image.ts) into the
 * absolute URL and size that social cards, structured data and feeds announce. Pages that are not
 * articles are represented by the publication's logo.
 */
import { getImage } from 'astro:assets';
import { absoluteUrl } from '../lib/urls/permalink.ts';
import type { OpenGraphImage } from '../lib/social/social-meta.ts';
import { socialImageFor } from '../lib/social/social-image.ts';
import type { Story } from '../lib/content/story.ts';
import { site } from '../site.config.ts';

const logo: OpenGraphImage = { url: absoluteUrl(site.logo, site.url), alt: site.name };

/**
 * Asked again by every page that announces the story, on purpose: Astro's incremental build learns
 * which images a page needs from the getImage calls made while it renders, and a page reused from an
 * earlier build has generated again only the images it asked for itself.
 */
export async function shareImage(story?: Story): Promise<OpenGraphImage> {
  if (!story) return logo;
  const chosen = socialImageFor(story);
  if (chosen.kind === 'card')
    return { url: absoluteUrl(chosen.path, site.url), width: chosen.width, height: chosen.height, alt: chosen.alt };
  const crop = await getImage({
    src: chosen.src,
    width: chosen.width,
    height: chosen.height,
    fit: 'cover',
    format: 'jpeg',
  });
  return {
    url: absoluteUrl(crop.src, site.url),
    // A photo smaller than the card is not enlarged, so announce the size actually built.
    width: Number(crop.attributes.width ?? chosen.width),
    height: Number(crop.attributes.height ?? chosen.height),
    alt: chosen.alt,
  };
}
