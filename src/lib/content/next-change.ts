/**
 * When a built site stops being what a build at that moment would publish, with no commit: an embargo
 * lifts, a story ages out of the Google News sitemap, live coverage ends, an editor's choice for the front (content/front.yaml)
 * expires, or the day turns (the front page shows the date).
 * A scheduled deploy rebuilds only once that time has come (src/cli/next-change.ts).
 */
import { calendarDate, startOfDay } from './dates.ts';
import { leavesNewsSitemapAt } from '../feeds/news-sitemap.ts';
import type { FrontFile } from './front-file.ts';

/** What the build knows of an article file: drafts wait for a commit, so only the publication time counts. */
export interface ScheduledStory {
  filePath: string;
  data: { draft: boolean; publishedAt: Date; coverageEndTime?: Date };
}

export interface NextChange {
  at: Date;
  /** Every change due at that instant, as an editor would say it. */
  reasons: [string, ...string[]];
}

/**
 * The earliest instant after `now` at which the site built at `now` changes, and why. `front` is
 * content/front.yaml as read (`frontFilePath` names it in the reasons): each lead, top story and banner
 * comes down at its `until`. An entry for a story not yet published counts too: a rebuild that changes
 * nothing is cheap, a front that keeps yesterday's lead is not.
 */
export function nextChange(
  stories: readonly ScheduledStory[],
  now: Date,
  timeZone: string,
  front?: FrontFile,
  frontFilePath = 'content/front.yaml',
): NextChange {
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
    const { coverageEndTime } = story.data;
    if (coverageEndTime && coverageEndTime.getTime() > now.getTime())
      consider(coverageEndTime, `${story.filePath}: live coverage ends (no longer labelled Live)`);
  }
  const expiring = [
    { entry: front?.lead, what: `the lead (${front?.lead?.story})` },
    ...(front?.top ?? []).map((entry) => ({ entry, what: `top story ${entry.story}` })),
    { entry: front?.banner, what: 'the banner' },
  ];
  for (const { entry, what } of expiring) {
    if (entry?.until && entry.until.getTime() > now.getTime()) consider(entry.until, `${frontFilePath}: ${what} expires`);
  }
  return next;
}
