import type { StoryType } from './story-types.ts';
import { didYouMean, unknownIdMessage } from './closest.ts';

/** A problem in the content that no single file's schema can see: it takes the whole collection. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

interface Placed {
  filePath: string;
  slug: string;
  url: string;
}

/** Two articles with one slug would make `related:` pins ambiguous; two with one URL would overwrite a page. */
export function duplicateSlugs(stories: readonly Placed[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Placed>();
  for (const story of stories) {
    const first = bySlug.get(story.slug);
    if (first) {
      problems.push({
        file: story.filePath,
        field: 'slug',
        message: `slug "${story.slug}" is already used by ${first.filePath}; give one of them another file name or a "slug:" override`,
      });
    } else {
      bySlug.set(story.slug, story);
    }
  }
  return problems;
}

export function reservedSections(sections: readonly { id: string; filePath: string }[], reserved: readonly string[]): ContentProblem[] {
  return sections
    .filter((section) => reserved.includes(section.id))
    .map((section) => ({
      file: section.filePath,
      field: 'id',
      message: `"${section.id}" cannot be a section id: the site uses /${section.id}/ for its own pages (reserved: ${reserved.join(', ')})`,
    }));
}

interface Pinning {
  filePath: string;
  slug: string;
  data: { related?: readonly string[]; type: StoryType };
}

/**
 * Every `related:` pin must name an article, so a typo fails the build with the nearest slugs.
 * `stories` are all article files, drafts and embargoed ones included: a pin to one of those is
 * legitimate and shows once that story is published.
 */
export function unknownRelatedPins(stories: readonly Pinning[]): ContentProblem[] {
  const slugs = stories.map((story) => story.slug);
  const known = new Set(slugs);
  const sponsored = new Set(stories.filter((story) => story.data.type === 'sponsored').map((story) => story.slug));
  return stories.flatMap((story) =>
    (story.data.related ?? []).flatMap((pin): ContentProblem[] => {
      if (pin === story.slug) {
        return [{ file: story.filePath, field: 'related', message: `"${pin}" is this article itself; related stories are other articles` }];
      }
      if (sponsored.has(pin)) {
        return [{ file: story.filePath, field: 'related', message: `"${pin}" is sponsored content, which related stories never show` }];
      }
      if (known.has(pin)) return [];
      return [{
        file: story.filePath,
        field: 'related',
        message: `no article has the slug "${pin}"${didYouMean(pin, slugs) || '.'} A pin is an article's slug: its file name without .md, or its "slug:" override.`,
      }];
    }),
  );
}

/** One readable block for a failed build: every problem, each naming its file and field. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [
    `Dateline found ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`,
    // A problem whose message names its field itself (content/front.yaml's) has an empty field.
    ...problems.map((problem) => `  ${[problem.file, problem.field, problem.message].filter(Boolean).join(': ')}`),
  ].join('\n');
}

interface LiveStory {
  filePath: string;
  data: { publishedAt: Date };
  live?: {
    updates: readonly { author?: string; line: number; time: string }[];
    problems: readonly { line: number; message: string }[];
  };
}

/**
 * What is wrong with the updates of live stories (src/lib/content/live-updates.ts): a heading that is
 * no update heading, updates out of time order, an empty update, an author id that names no author, an
 * update before the story was published, or one after `now` (updates are written as things happen: a
 * future time is a typo, and would date the story ahead in feeds and sitemaps). A story still under
 * embargo may have updates after `now`. Each problem names the file and the line of the update.
 */
export function liveCoverageProblems(
  stories: readonly LiveStory[],
  authorIds: readonly string[],
  now: Date,
): (ContentProblem & { line: number })[] {
  const known = new Set(authorIds);
  const atLine = (file: string, line: number, message: string) => ({ file, field: `line ${line}`, message, line });
  return stories.flatMap(({ filePath, data, live }) => [
    ...(live?.problems ?? []).map(({ line, message }) => atLine(filePath, line, message)),
    ...(live?.updates ?? []).flatMap(({ author, line, time }) => {
      const at = new Date(time);
      return [
        ...(author !== undefined && !known.has(author)
          ? [atLine(filePath, line, unknownIdMessage('author', author, authorIds))]
          : []),
        ...(at < data.publishedAt
          ? [atLine(filePath, line, `this update at ${time} is before the story was published (publishedAt ${data.publishedAt.toISOString()})`)]
          : []),
        ...(at > now && data.publishedAt <= now
          ? [atLine(filePath, line, `this update at ${time} is in the future (the build runs at ${now.toISOString()}): updates are written as things happen, so its time must be a typo`)]
          : []),
      ];
    }),
  ]);
}
