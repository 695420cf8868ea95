import { bodyFacts, type BodyFacts } from '../../src/markdown/body-facts.ts';
import type { Story } from '../../src/lib/content/story.ts';

type StoryOverrides = Partial<Omit<Story, 'data'>> & {
  data?: Partial<Story['data']>;
  /** The Markdown body the story would have: its facts (reading time, terms …) are derived from it as the build does. */
  body?: string;
};

/**
 * A published story with sensible defaults; tests override only what they are about. It carries its
 * body's terms as well, as related stories score it (the build keeps them apart from the story).
 */
export function makeStory(overrides: StoryOverrides = {}): Story & Pick<BodyFacts, 'bodyTerms'> {
  const slug = overrides.slug ?? 'a-story';
  const { data, body = 'Some words.', ...rest } = overrides;
  return {
    id: slug,
    slug,
    url: `/news/2026/11/20/${slug}/`,
    filePath: `content/articles/${slug}.md`,
    digest: `digest-of-${slug}`,
    ...bodyFacts(body),
    ...rest,
    data: {
      headline: `Headline of ${slug}`,
      byline: ['alice'],
      publishedAt: new Date('2026-11-20T12:00:00Z'),
      section: 'news',
      tags: [],
      type: 'news',
      draft: false,
      ...data,
    } as Story['data'],
  };
}
