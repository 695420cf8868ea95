import type { Banner, FrontFile } from './front-file.ts';
import type { StoryType } from './story-types.ts';

/** The home page as an editor would lay it out: a lead, the latest news, then a block per section. */
export interface FrontPage<T, S> {
  lead?: T;
  latest: T[];
  sections: { section: S; stories: T[] }[];
}

interface FrontStory {
  id: string;
  slug: string;
  data: { section: string; image?: unknown; type: StoryType };
}

/** The editors' choices in force now (activeFront), as article slugs. */
export interface FrontEdits {
  lead?: string;
  top?: readonly string[];
}

/**
 * `stories` must be newest first, and hold only what readers may see. The lead is the editors' pinned
 * lead, or else the newest story with an image among the latest few (a front leads with a picture when
 * it can), else the newest. The latest start with the pinned top stories in the editors' order, then
 * the newest others up to `latestCount` in all (pins count toward it but are never cut). No story
 * appears twice on the page; a section with nothing left to show is omitted.
 *
 * Sponsored content is not the newsroom's to lay out among its news: it has no place on the automatic
 * front, though an editor may pin it. A pin to a story not in `stories` (a draft, or one still under
 * embargo) is ignored, so a front prepared ahead never shows a story early. A story pinned to the top is
 * never the automatic lead: the editor said where it goes.
 */
export function frontPage<T extends FrontStory, S extends { id: string }>(
  stories: readonly T[],
  sections: readonly S[],
  options: { latestCount: number; sectionCount: number },
  edits: FrontEdits = {},
): FrontPage<T, S> {
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  const pinnedLead = edits.lead === undefined ? undefined : bySlug.get(edits.lead);
  const pinnedTop = [...new Set(edits.top)]
    .map((slug) => bySlug.get(slug))
    .filter((story): story is T => story !== undefined && story !== pinnedLead);
  const pinned = new Set([pinnedLead, ...pinnedTop]);
  const news = stories.filter((story) => story.data.type !== 'sponsored' && !pinned.has(story));
  const candidates = news.slice(0, options.latestCount + 1);
  const lead = pinnedLead ?? candidates.find((story) => story.data.image) ?? news[0];
  const latest = [
    ...pinnedTop,
    ...news.filter((story) => story !== lead).slice(0, Math.max(0, options.latestCount - pinnedTop.length)),
  ];
  const shown = new Set([lead, ...latest].filter(Boolean).map((story) => story!.id));
  return {
    lead,
    latest,
    sections: sections
      .map((section) => ({
        section,
        stories: news
          .filter((story) => story.data.section === section.id && !shown.has(story.id))
          .slice(0, options.sectionCount),
      }))
      .filter((block) => block.stories.length > 0),
  };
}

/**
 * What content/front.yaml asks for at `now`: an entry whose `until` has come (at or before `now`) is
 * dropped, so at that instant the automatic choice returns. Stories are named by slug, not yet checked
 * against what is published (frontPage and shownBanner do that).
 */
export function activeFront(front: FrontFile, now: Date): { lead?: string; top: string[]; banner?: Banner } {
  const inForce = (entry: { until?: Date }) => entry.until === undefined || entry.until.getTime() > now.getTime();
  return {
    ...(front.lead && inForce(front.lead) && { lead: front.lead.story }),
    top: front.top.filter(inForce).map((entry) => entry.story),
    ...(front.banner && inForce(front.banner) && { banner: front.banner }),
  };
}

/**
 * The banner as readers see it, its link a path on this site (before the site's base) or a URL. A
 * banner that leads to a story not in `stories`, by its slug or by its address (`unpublishedUrls`), is
 * not shown at all: its text and link would tell of the story before the embargo lifts.
 */
export function shownBanner(
  banner: Banner | undefined,
  stories: readonly { slug: string; url: string }[],
  unpublishedUrls: ReadonlySet<string> = new Set(),
): { text: string; href?: string } | undefined {
  if (!banner) return undefined;
  const { text, link } = banner;
  if (!link) return { text };
  if ('path' in link) return unpublishedUrls.has(link.path.replace(/[?#].*$/, '')) ? undefined : { text, href: link.path };
  if ('url' in link) return { text, href: link.url };
  const story = stories.find((candidate) => candidate.slug === link.story);
  return story && { text, href: story.url };
}
