import type { StoryType } from '../content/story-types.ts';

/** What scoring needs of an article; every Story has it. */
export interface Relatable {
  id: string;
  slug: string;
  /** The body's terms and their counts (bodyTermsOf). */
  bodyTerms: string;
  data: {
    headline: string;
    dek?: string;
    section: string;
    byline: string[];
    tags: string[];
    publishedAt: Date;
    /** Slugs an editor pinned, shown first in this order. */
    related?: string[];
    type: StoryType;
  };
}
