/**
 * What the site needs to know of an article's body besides its HTML, worked out once when the body is
 * rendered (src/loaders/articles.ts) and kept in the build cache beside the HTML: pages, related
 * stories and feeds then never hold the Markdown of the whole archive. Part of the pipeline whose code
 * keys that cache (src/build/pipeline-code.ts), so a change to how facts are read drops them all.
 */
import { readingMinutes } from '../lib/content/reading-time.ts';
import { bodyTermsOf } from '../lib/related/text-terms.ts';

export interface BodyFacts {
  readingMinutes: number;
  /** Whether the body embeds another site (an iframe), so its page ships the click-to-load script. */
  embeds: boolean;
  /** The body's terms and their counts, for related stories (bodyTermsOf). */
  bodyTerms: string;
}

export const bodyFacts = (markdown: string): BodyFacts => ({
  readingMinutes: readingMinutes(markdown),
  embeds: markdown.includes('<iframe'),
  bodyTerms: bodyTermsOf(markdown),
});
