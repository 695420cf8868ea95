/**
 * What kind of story an article is (`type:` in its frontmatter, news unless said): readers see the
 * label on the story and on every card, search engines the matching schema.org type, feed readers a
 * category. Live coverage (`live`) is one file of timestamped updates (src/lib/content/live-updates.ts),
 * labelled "Live" while its coverage is open and "Coverage ended" after.
 */
export const STORY_TYPES = [
  'news',
  'analysis',
  'opinion',
  'review',
  'explainer',
  'obituary',
  'sponsored',
  'live',
] as const;

export type StoryType = (typeof STORY_TYPES)[number];

interface TypeDescription {
  /** The label readers see beside the section; none for news, which is what a news site publishes unlabelled. */
  label?: string;
  /** The schema.org type of the story's structured data (https://schema.org/NewsArticle and its subtypes). */
  schemaType: string;
  /** The heading and the one line under it of the listing of every story of the type (/types/opinion/); news has none. */
  listing?: { name: string; description: string };
}

const TYPES: Record<StoryType, TypeDescription> = {
  news: { schemaType: 'NewsArticle' },
  analysis: {
    label: 'Analysis',
    schemaType: 'AnalysisNewsArticle',
    listing: { name: 'Analysis', description: 'Our reporters explain what the news means and what may come next.' },
  },
  opinion: {
    label: 'Opinion',
    schemaType: 'OpinionNewsArticle',
    listing: { name: 'Opinion', description: 'Columns and commentary: each piece is the view of its writer.' },
  },
  review: {
    label: 'Review',
    schemaType: 'ReviewNewsArticle',
    listing: { name: 'Reviews', description: 'Our critics on books, food, music, film and the stage.' },
  },
  explainer: {
    label: 'Explainer',
    schemaType: 'BackgroundNewsArticle',
    listing: { name: 'Explainers', description: 'The background to the news, and how things work.' },
  },
  // schema.org has no obituary type: it is news about a life.
  obituary: {
    label: 'Obituary',
    schemaType: 'NewsArticle',
    listing: { name: 'Obituaries', description: 'The lives of people who shaped our community.' },
  },
  // Paid for by an advertiser, not the newsroom's journalism: the label is never left off.
  sponsored: {
    label: 'Sponsored content',
    schemaType: 'AdvertiserContentArticle',
    listing: {
      name: 'Sponsored content',
      description: 'Paid for and written by advertisers, not by our newsroom.',
    },
  },
  live: {
    label: 'Live',
    schemaType: 'LiveBlogPosting',
    listing: { name: 'Live coverage', description: 'Events as they unfolded, update by update.' },
  },
};

/** A listing of every story of one type (/types/opinion/): its heading and the line under it. */
export interface TypeListing {
  type: StoryType;
  name: string;
  description: string;
}

/**
 * The listings of the types at least one of `stories` is of, in the order of STORY_TYPES. News, the
 * unlabelled type, has none: it is most of an archive, and its sections and the front page list it.
 */
export const typeListings = (stories: readonly { data: { type: StoryType } }[]): TypeListing[] =>
  STORY_TYPES.flatMap((type) => {
    const { listing } = TYPES[type];
    return listing && stories.some((story) => story.data.type === type) ? [{ type, ...listing }] : [];
  });

/** Whether a live story's coverage is still going on at build time (its `coverageEndTime` not yet come). */
export type Coverage = 'open' | 'ended';

export const coverageAt = (data: { type: StoryType; coverageEndTime?: Date }, now: Date): Coverage | undefined =>
  data.type !== 'live' ? undefined : data.coverageEndTime && data.coverageEndTime <= now ? 'ended' : 'open';

export const storyTypeLabel = (type: StoryType, coverage?: Coverage): string | undefined =>
  coverage === 'ended' ? 'Coverage ended' : TYPES[type].label;

export const schemaTypeOf = (type: StoryType): string => TYPES[type].schemaType;
