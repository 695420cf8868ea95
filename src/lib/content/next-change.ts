/**
 * When a built site stops being what a build at that moment would publish, with no commit: an embargo
 * lifts, a story ages out of the Google News sitemap, or the day turns (the front page shows the date).
 * A scheduled deploy rebuilds only once that time has come (src/cli/next-change.ts).
 */
import { calendarDate, startOfDay } from './dates.ts';
import { leavesNewsSitemapAt } from '../feeds/news-sitemap.ts';

/** What the build knows of an article file: drafts wait for a commit, so only the publication time counts. */
export interface ScheduledStory {
  filePath: string;
  data: { draft: boolean; publishedAt: Date };
}

export interface NextChange {
  at: Date;
  /** Every change due at that instant, as an editor would say it. */
  reasons: [string, ...string[]];
}

/** The earliest instant after `now` at which the site built at `now` changes, and why. */
export function nextChange(stories: readonly ScheduledStory[], now: Date, timeZone: string): NextChange {
  const today = calendarDate(now, timeZone);
  let next: NextChange = {
    at: startOfDay(Number(today.year), Number(today.month), Number(today.day) + 1, timeZone),
    reasons: ['the day changes (the front page shows the date)'],
  };
  const consider = (at: Date, reason: string) => {
    if (at.getTime() < next.at.getTime()) next = { at, reasons: [reason] };
    else if (at.getTime() === next.at.getTime()) next.reasons.push(reason);
  };
  for (const story of stories) {
    if (story.data.draft) continue;
    const { publishedAt } = story.data;
    if (publishedAt.getTime() > now.getTime()) consider(publishedAt, `${story.filePath} is published (embargo lifts)`);
    else {
      const leaves = leavesNewsSitemapAt(publishedAt);
      if (leaves.getTime() > now.getTime()) consider(leaves, `${story.filePath} leaves the Google News sitemap`);
    }
  }
  return next;
}
