/**
 * What kind of story an article is (`type:` in its frontmatter, news unless said): readers see the
 * label on the story and on every card, search engines the matching schema.org type, feed readers a
 * category. Live coverage (`live`) comes with the live story's own page and is not a type yet.
 */
export const STORY_TYPES = ['news', 'analysis', 'opinion', 'review', 'explainer', 'obituary', 'sponsored'] as const;

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
};

export const storyTypeLabel = (type: StoryType): string | undefined => TYPES[type].label;

export const schemaTypeOf = (type: StoryType): string => TYPES[type].schemaType;
