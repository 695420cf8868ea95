/**
 * The corrections log: every correction the public stories carry (`corrections:` in their frontmatter),
 * newest first, the transparency page newsrooms publish at /corrections/ with a feed of its own.
 */
import { publicStories } from './publishing.ts';
import type { Story } from './story.ts';

export const CORRECTIONS_PATH = '/corrections/';

export interface LoggedCorrection<T extends Story = Story> {
  date: Date;
  text: string;
  story: T;
  /** The fragment of the correction on its story's page, `correction-2` for the story's second. */
  anchor: string;
}

/** The anchor of a story's correction by its place in the story's `corrections:` (from 0), as the article page writes it. */
export const correctionAnchor = (index: number): string => `correction-${index + 1}`;

/**
 * Every correction of the stories readers may see, newest first; corrections made at the same moment
 * in the order of their stories' publication (newest first), then as the story lists them.
 */
export function correctionsLog<T extends Story>(stories: readonly T[]): LoggedCorrection<T>[] {
  const log = publicStories(stories).flatMap((story) =>
    (story.data.corrections ?? []).map((correction, index) => ({
      date: correction.date,
      text: correction.text,
      story,
      anchor: correctionAnchor(index),
    })),
  );
  // Sorting is stable: one story's corrections of the same moment stay in the story's order.
  return log.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      b.story.data.publishedAt.getTime() - a.story.data.publishedAt.getTime() ||
      a.story.url.localeCompare(b.story.url),
  );
}
