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
}

const TYPES: Record<StoryType, TypeDescription> = {
  news: { schemaType: 'NewsArticle' },
  analysis: { label: 'Analysis', schemaType: 'AnalysisNewsArticle' },
  opinion: { label: 'Opinion', schemaType: 'OpinionNewsArticle' },
  review: { label: 'Review', schemaType: 'ReviewNewsArticle' },
  explainer: { label: 'Explainer', schemaType: 'BackgroundNewsArticle' },
  // schema.org has no obituary type: it is news about a life.
  obituary: { label: 'Obituary', schemaType: 'NewsArticle' },
  // Paid for by an advertiser, not the newsroom's journalism: the label is never left off.
  sponsored: { label: 'Sponsored content', schemaType: 'AdvertiserContentArticle' },
  live: { label: 'Live', schemaType: 'LiveBlogPosting' },
};

/** Whether a live story's coverage is still going on at build time (its `coverageEndTime` not yet come). */
export type Coverage = 'open' | 'ended';

export const coverageAt = (data: { type: StoryType; coverageEndTime?: Date }, now: Date): Coverage | undefined =>
  data.type !== 'live' ? undefined : data.coverageEndTime && data.coverageEndTime <= now ? 'ended' : 'open';

export const storyTypeLabel = (type: StoryType, coverage?: Coverage): string | undefined =>
  coverage === 'ended' ? 'Coverage ended' : TYPES[type].label;

export const schemaTypeOf = (type: StoryType): string => TYPES[type].schemaType;
