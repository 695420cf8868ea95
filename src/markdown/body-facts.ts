/**
 * What the site needs to know of an article's body besides its HTML, worked out once when the body is
 * rendered (src/loaders/articles.ts) and kept in the build cache beside the HTML: pages, related
 * stories and feeds then never hold the Markdown of the whole archive. Part of the pipeline whose code
 * keys that cache (src/build/pipeline-code.ts), so a change to how facts are read drops them all.
 */
import { readLiveUpdates } from '../lib/content/live-updates.ts';
import { readingMinutes } from '../lib/content/reading-time.ts';
import { bodyTermsOf } from '../lib/related/text-terms.ts';
import { site } from '../site.config.ts';
import { smarten } from './typography.ts';

/** One update of a live story, as its structured data and feeds need it (the page has it in its HTML). */
export interface LiveUpdateFact {
  anchor: string;
  /** ISO 8601: facts are kept as JSON. */
  time: string;
  author?: string;
  summary: string;
  /** The line of the file its heading is on. */
  line: number;
}

export interface BodyFacts {
  readingMinutes: number;
  /** Whether the body embeds another site (an iframe), so its page ships the click-to-load script. */
  embeds: boolean;
  /** The body's terms and their counts, for related stories (bodyTermsOf). */
  bodyTerms: string;
  /** A live story's updates, oldest first as written, and what is wrong with its update headings (at lines of the file). */
  live?: { updates: LiveUpdateFact[]; problems: { line: number; message: string }[] };
}

/** `article`: its frontmatter's `type` and the line of the file the body starts on; a live story's updates are read. */
export function bodyFacts(markdown: string, article: { type?: unknown; bodyLine?: number } = {}): BodyFacts {
  const facts: BodyFacts = {
    readingMinutes: readingMinutes(markdown),
    embeds: markdown.includes('<iframe'),
    bodyTerms: bodyTermsOf(markdown),
  };
  if (article.type !== 'live') return facts;
  const { updates, problems } = readLiveUpdates(markdown, site.timezone);
  const lineOffset = (article.bodyLine ?? 1) - 1;
  return {
    ...facts,
    live: {
      updates: updates.map(({ anchor, time, author, summary, line }) => ({
        anchor,
        time: time.toISOString(),
        ...(author && { author }),
        // Typographic quotes, as the page shows the same words.
        summary: smarten(summary),
        line: line + lineOffset,
      })),
      problems: problems.map(({ line, message }) => ({ line: line + lineOffset, message })),
    },
  };
}
