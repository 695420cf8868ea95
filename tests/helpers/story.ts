import type { Story } from '../../src/lib/content/story.ts';

/** A published story with sensible defaults; tests override only what they are about. */
export function makeStory(overrides: Partial<Omit<Story, 'data'>> & { data?: Partial<Story['data']> } = {}): Story {
  const slug = overrides.slug ?? 'a-story';
  const { data, ...rest } = overrides;
  return {
    id: slug,
    slug,
    url: `/news/2026/11/20/${slug}/`,
    filePath: `content/articles/${slug}.md`,
    body: 'Some words.',
    readingMinutes: 1,
    ...rest,
    data: {
      headline: `Headline of ${slug}`,
      byline: ['alice'],
      publishedAt: new Date('2026-11-20T12:00:00Z'),
      section: 'news',
      tags: [],
      draft: false,
      ...data,
    } as Story['data'],
  };
}
