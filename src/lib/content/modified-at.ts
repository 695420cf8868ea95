import type { LiveUpdateFact } from '../../markdown/body-facts.ts';

interface Dated {
  data: { updatedAt?: Date };
  live?: { updates: readonly Pick<LiveUpdateFact, 'time'>[] };
}

/**
 * When a story last changed after its publication, as pages, feeds, sitemaps and structured data say
 * it: its `updatedAt`, or its latest live update when that is later (a live story changes with every
 * update appended to it, and no editor should have to touch `updatedAt` for each); none if neither.
 */
export function modifiedAt(story: Dated): Date | undefined {
  const { updatedAt } = story.data;
  const updates = (story.live?.updates ?? []).map((update) => Date.parse(update.time));
  if (updates.length === 0) return updatedAt;
  const latest = Math.max(updatedAt?.getTime() ?? -Infinity, ...updates);
  return latest === updatedAt?.getTime() ? updatedAt : new Date(latest);
}
