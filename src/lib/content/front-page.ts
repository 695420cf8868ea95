import type { StoryType } from './story-types.ts';

/** The home page as an editor would lay it out: a lead, the latest news, then a block per section. */
export interface FrontPage<T, S> {
  lead?: T;
  latest: T[];
  sections: { section: S; stories: T[] }[];
}

interface FrontStory {
  id: string;
  data: { section: string; image?: unknown; type: StoryType };
}

/**
 * `stories` must be newest first. The lead is the newest story with an image among the latest few
 * (a front leads with a picture when it can), else the newest. No story appears twice on the page;
 * a section with nothing left to show is omitted. Sponsored content is not the newsroom's to lay out
 * among its news: it has no place on the automatic front.
 */
export function frontPage<T extends FrontStory, S extends { id: string }>(
  stories: readonly T[],
  sections: readonly S[],
  options: { latestCount: number; sectionCount: number },
): FrontPage<T, S> {
  const news = stories.filter((story) => story.data.type !== 'sponsored');
  const candidates = news.slice(0, options.latestCount + 1);
  const lead = candidates.find((story) => story.data.image) ?? news[0];
  const latest = news.filter((story) => story !== lead).slice(0, options.latestCount);
  const shown = new Set([lead, ...latest].filter(Boolean).map((story) => story!.id));
  return {
    lead,
    latest,
    sections: sections
      .map((section) => ({
        section,
        stories: news
          .filter((story) => story.data.section === section.id && !shown.has(story.id))
          .slice(0, options.sectionCount),
      }))
      .filter((block) => block.stories.length > 0),
  };
}
