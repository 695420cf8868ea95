/** Why a story is not public yet, or undefined when readers may see it. */
export type Unpublished = 'draft' | 'embargoed';

export function unpublishedReason(article: { draft: boolean; publishedAt: Date }, now: Date): Unpublished | undefined {
  if (article.draft) return 'draft';
  if (article.publishedAt.getTime() > now.getTime()) return 'embargoed';
  return undefined;
}

/**
 * Stories readers may see. Preview builds show editors unpublished stories on pages, but what machines
 * pick up (feeds, news sitemap) must never carry them, whatever the build.
 */
export function publicStories<T extends { unpublished?: Unpublished }>(stories: readonly T[]): T[] {
  return stories.filter((story) => !story.unpublished);
}

/**
 * The instant a build publishes at. DATELINE_NOW pins it (tests, reproducing a past build);
 * otherwise it is the wall clock, which is what lets a scheduled build lift an embargo.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.DATELINE_NOW;
  if (!pinned) return new Date();
  const instant = new Date(pinned);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`DATELINE_NOW must be an ISO 8601 date-time such as 2026-11-25T12:00:00Z, got "${pinned}"`);
  }
  return instant;
}

/** Preview builds (PREVIEW=1, which `npm run dev` sets) show drafts and embargoed stories to editors, flagged and noindexed. */
export function isPreview(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PREVIEW === '1' || env.PREVIEW === 'true';
}
