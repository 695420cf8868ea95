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
