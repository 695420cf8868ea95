/** A 1200×630 share card for every story that has no photo of its own (see src/lib/social-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '../../data/newsroom.ts';
import { cachedSocialCard, socialCardKey } from '../../build/social-card-renderer.ts';
import { needsGeneratedCard } from '../../lib/social/social-image.ts';
import type { Story } from '../../lib/content/story.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { stories, sectionName } = await getNewsroom();
  // Keyed by what the card shows and its design, so a rebuild keeps the cards already in the site it
  // starts from (a build drew only changed cards before, but wrote every one again).
  return stories.filter(needsGeneratedCard).map((story) => {
    const section = sectionName(story.data.section);
    return {
      params: { slug: story.slug },
      props: { story, section },
      cacheKey: socialCardKey(cardContent(story, section)),
    };
  });
}) satisfies GetStaticPaths;

interface Props {
  story: Story;
  section: string;
}

const cardContent = (story: Story, section: string) => ({
  headline: story.data.headline,
  section,
  publication: site.name,
});

export const GET: APIRoute<Props> = async ({ props: { story, section } }) => {
  const { png, missingGlyphs } = await cachedSocialCard(cardContent(story, section));
  if (missingGlyphs.length > 0) {
    console.warn(
      `${story.filePath}: the share card's font has no letters for ${missingGlyphs.map((text) => `"${text}"`).join(', ')}, so they show as empty boxes. ` +
        'Give the article an image (image: in its frontmatter) to share that instead.',
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
