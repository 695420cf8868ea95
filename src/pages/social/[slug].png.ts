/** A 1200×630 share card for every story that has no photo of its own (see src/lib/social-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '../../data/newsroom.ts';
import { cachedSocialCard } from '../../build/social-card-renderer.ts';
import { needsGeneratedCard } from '../../lib/social/social-image.ts';
import type { Story } from '../../lib/content/story.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const { stories, sectionName } = await getNewsroom();
  // No cacheKey: cards have their own cache by content (social-card-renderer.ts), and Astro's page cache
  // cost a cold build of 1,000 cards 6.5 s more than a rebuild saves by it.
  return stories.filter(needsGeneratedCard).map((story) => ({
    params: { slug: story.slug },
    props: { story, section: sectionName(story.data.section) },
  }));
}) satisfies GetStaticPaths;

interface Props {
  story: Story;
  section: string;
}

export const GET: APIRoute<Props> = async ({ props: { story, section } }) => {
  const { png, missingGlyphs } = await cachedSocialCard({
    headline: story.data.headline,
    section,
    publication: site.name,
  });
  if (missingGlyphs.length > 0) {
    console.warn(
      `${story.filePath}: the share card's font has no letters for ${missingGlyphs.map((text) => `"${text}"`).join(', ')}, so they show as empty boxes. ` +
        'Give the article an image (image: in its frontmatter) to share that instead.',
    );
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
