/**
 * The only place pages get content from: loads the collections once per build, checks what spans
 * files, and hides drafts and embargoed stories unless this is a preview build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import pLimit from 'p-limit';
import { articleFacts } from '../build/article-html-cache.ts';
import { readEditorsFront, type EditorsFront } from '../build/editors-front.ts';
import { recordNextChange } from '../build/next-change-record.ts';
import { unknownFrontStories, unservedBannerLink } from '../lib/content/front-file.ts';
import { activeFront, shownBanner, type FrontEdits } from '../lib/content/front-page.ts';
import { env } from '../env.ts';
import { site } from '../site.config.ts';
import {
  duplicateSlugs,
  formatProblems,
  type ContentProblem,
  liveCoverageProblems,
  reservedSections,
  unknownRelatedPins,
} from '../lib/content/integrity.ts';
import { coverageAt } from '../lib/content/story-types.ts';
import { articleAddress } from '../lib/urls/permalink.ts';
import { RESERVED_SECTION_IDS } from '../lib/urls/routes.ts';
import { publicStories, unpublishedReason } from '../lib/content/publishing.ts';
import { calendarDate, type CalendarDate } from '../lib/content/dates.ts';
import { nextChange } from '../lib/content/next-change.ts';
import { inFooterOrder, standingPageLinks, standingPageProblems } from '../lib/content/standing-pages.ts';
import { pageCacheKeys, type PageCacheKey } from '../lib/pages/page-cache-key.ts';
import { paginate, type ListingPage } from '../lib/urls/pagination.ts';
import { newestFirst } from '../lib/content/queries.ts';
import { relatedStories } from '../lib/related/related.ts';
import {
  addressConflicts,
  fileRedirects,
  isServed,
  livePages,
  redirectsOf,
  unservedRedirectTargets,
  type Redirect,
  type RemovedUrl,
} from '../lib/urls/redirects.ts';
import type { Story } from '../lib/content/story.ts';

export type Author = CollectionEntry<'authors'>;
export type Section = CollectionEntry<'sections'>;
export type StandingPage = CollectionEntry<'pages'>;

export interface Newsroom {
  /** Every story readers may see (plus, in preview builds only, drafts and embargoed ones), newest first. */
  stories: Story[];
  sections: Section[];
  /** The newsroom's standing pages (content/pages/: About, the ethics policy…), in their footer order. */
  standingPages: StandingPage[];
  /** The footer's links to them. */
  footerPages: { path: string; text: string }[];
  /** The name readers see for a section id (the id itself for a section that has no file). */
  sectionName(id: string): string;
  authors: Map<string, Author>;
  /** Old addresses (`aliases:`) of the stories above, each leading to its story, and content/redirects.yaml's. */
  redirects: Redirect[];
  /** URLs taken down on purpose (content/removed.yaml), each served as a notice. */
  removed: RemovedUrl[];
  preview: boolean;
  /** The editors' lead and top stories in force now (content/front.yaml), as slugs: the front page's. */
  frontEdits: FrontEdits;
  /** The breaking-news banner every page shows now, if any; its link a path before the site's base, or a URL. */
  banner?: { text: string; href?: string };
  now: Date;
  /** The build's date in the publication's time zone: all a page shows of the build time. */
  today: CalendarDate;
  /** The `cacheKey` of a page built from these props, for Astro's incremental build (see page-cache-key.ts). */
  pageCacheKey: PageCacheKey;
  /**
   * The pages of one listing (a section, a topic, an author, a month) for `getStaticPaths`: `stories`
   * paginated under `basePath`, each page with the listing's `params` and `props`, keyed by its props.
   */
  listingPaths<P extends Record<string, string>, T extends object>(
    stories: readonly Story[],
    basePath: string,
    params: P,
    props: T,
  ): ListingPath<P, T>[];
}

export interface ListingPath<P, T> {
  params: P & { page: string | undefined };
  props: T & { page: ListingPage<Story> };
  cacheKey: string;
}

/** The story of an entry, and its body's terms, which related stories alone need. */
async function toStory(entry: CollectionEntry<'articles'>, now: Date): Promise<{ story: Story; bodyTerms: string }> {
  const filePath = entry.filePath ?? entry.id;
  const digest = String(entry.digest);
  const { bodyTerms, ...facts } = await articleFacts(digest, filePath);
  const story: Story = {
    id: entry.id,
    ...articleAddress(entry.id, entry.data, site.timezone),
    filePath,
    data: entry.data,
    digest,
    ...facts,
    coverage: coverageAt(entry.data, now),
    unpublished: unpublishedReason(entry.data, now),
  };
  return { story, bodyTerms };
}

/** A bounded number of cache files open at once: an archive has tens of thousands of stories. */
const FACTS_READ_AT_ONCE = 64;

/** What is wrong with content/front.yaml, each problem at its line (its message names the field). */
function frontFileProblems(
  editorsFront: EditorsFront | undefined,
  articles: readonly { slug: string }[],
  isServedPath: (path: string) => boolean,
): ContentProblem[] {
  if (!editorsFront) return [];
  const { filePath, front, problems } = editorsFront;
  const slugs = articles.map((article) => article.slug);
  return [...problems, ...unknownFrontStories(front, slugs), ...unservedBannerLink(front, isServedPath)].map(
    (problem) => ({
      file: `${filePath}:${problem.line}:${problem.column}`,
      field: '',
      message: problem.message,
    }),
  );
}

/**
 * The newsroom, and each story's body terms by its id. The terms are kept apart from the stories, which
 * every page holds to the end of the build, and dropped once related stories are worked out: ~4.6 KB a
 * story, ~460 MB at 100,000.
 */
async function load(): Promise<{ newsroom: Newsroom; bodyTerms: Map<string, string> }> {
  const { now, preview } = env;
  const editorsFront = readEditorsFront(env.contentDir, site.timezone);
  const [articles, authors, sections, standingPages, removedEntries, redirectEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sections'),
    getCollection('pages'),
    getCollection('removed'),
    getCollection('redirects'),
  ]);
  const limit = pLimit(FACTS_READ_AT_ONCE);
  const loaded = await Promise.all(articles.map((entry) => limit(() => toStory(entry, now))));
  const all = loaded.map(({ story }) => story);
  const bodyTerms = new Map(loaded.map(({ story, bodyTerms }) => [story.id, bodyTerms]));
  const stories = newestFirst(preview ? all : publicStories(all));
  // Addresses of stories readers may not see yet: a redirect or the banner leading there waits for them.
  const unpublishedUrls = new Set(preview ? [] : all.filter((story) => story.unpublished).map((story) => story.url));
  const redirects = [
    ...redirectsOf(stories),
    ...fileRedirects(redirectEntries).filter((redirect) => !unpublishedUrls.has(redirect.to)),
  ];
  const removed = removedEntries.map((entry) => entry.data);
  const sectionFiles = sections.map((section) => ({ id: section.id, filePath: section.filePath ?? section.id }));
  const pageFiles = standingPages.map((page) => ({ ...page, filePath: page.filePath ?? page.id }));
  const pages = livePages({
    stories,
    sections: sectionFiles,
    authors: authors.map((author) => ({ id: author.id, filePath: author.filePath ?? author.id })),
    standingPages: pageFiles,
    timeZone: site.timezone,
  });
  const problems = [
    ...duplicateSlugs(all),
    ...unknownRelatedPins(all),
    ...liveCoverageProblems(
      all,
      authors.map((author) => author.id),
      now,
    ),
    ...reservedSections(sectionFiles, RESERVED_SECTION_IDS),
    ...standingPageProblems(pageFiles, {
      sectionIds: sectionFiles.map(({ id }) => id),
      reserved: RESERVED_SECTION_IDS,
    }),
    ...addressConflicts(redirects, removed, pages, removedEntries[0]?.filePath ?? 'removed.yaml'),
    ...unservedRedirectTargets(redirects, pages),
    ...frontFileProblems(
      editorsFront,
      all,
      (path) => isServed(path, pages) || unpublishedUrls.has(path) || redirects.some(({ from }) => from === path),
    ),
  ];
  if (problems.length > 0) throw new Error(formatProblems(problems));
  // A preview's pages are not what a schedule publishes.
  if (!preview)
    recordNextChange(
      nextChange(all, now, site.timezone, editorsFront?.front, editorsFront?.filePath),
      now,
      site.timezone,
    );
  const { banner: bannerEntry, ...frontEdits } = activeFront(editorsFront?.front ?? { top: [] }, now);
  const banner = shownBanner(bannerEntry, stories, unpublishedUrls);
  const sortedSections = [...sections].sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name),
  );
  const today = calendarDate(now, site.timezone);
  // What every page shows besides its own props: the menu, bylines, the banner, the footer's year, absolute
  // URLs. The day's date and the editors' front are on the front page alone, which has no cache key and is
  // built every time.
  const footerPages = standingPageLinks(pageFiles);
  const shownOnEveryPage = {
    site: site.url,
    preview,
    year: today.year,
    sections: sortedSections,
    authors,
    footerPages,
    banner,
  };
  const pageCacheKey = pageCacheKeys(shownOnEveryPage, stories);
  const newsroom: Newsroom = {
    stories,
    sections: sortedSections,
    standingPages: inFooterOrder(standingPages),
    footerPages,
    sectionName: (id) => sortedSections.find((section) => section.id === id)?.data.name ?? id,
    authors: new Map(authors.map((author) => [author.id, author])),
    redirects,
    removed,
    preview,
    frontEdits,
    banner,
    now,
    today,
    pageCacheKey,
    listingPaths: (listed, basePath, params, props) =>
      paginate(listed, site.pageSize, basePath).map((page) => {
        const pageProps = { ...props, page };
        return { params: { ...params, page: page.param }, props: pageProps, cacheKey: pageCacheKey(pageProps) };
      }),
  };
  return { newsroom, bodyTerms };
}

let loaded: ReturnType<typeof load> | undefined;

/** Loaded once and shared by every page of the build. */
export async function getNewsroom(): Promise<Newsroom> {
  loaded ??= load();
  return (await loaded).newsroom;
}

let related: Promise<Map<string, Story[]>> | undefined;

/** Every story's related stories, worked out from the stories and their body terms, which are then dropped. */
async function relatedOfEvery(): Promise<Map<string, Story[]>> {
  loaded ??= load();
  const { newsroom, bodyTerms } = await loaded;
  const byId = new Map(newsroom.stories.map((story) => [story.id, story]));
  // Each story with its terms for the scoring only: the picks name the stories the pages hold.
  const relatable = newsroom.stories.map((story) => ({ ...story, bodyTerms: bodyTerms.get(story.id)! }));
  const picks = relatedStories(relatable, site.relatedCount);
  bodyTerms.clear();
  return new Map([...picks].map(([id, list]) => [id, list.map((pick) => byId.get(pick.story.id)!)]));
}

/**
 * The related stories of a story (pins, then the best scored, then the latest), computed for every
 * story at once on first use and shared by every page of the build.
 */
export async function getRelated(story: Story): Promise<Story[]> {
  related ??= relatedOfEvery();
  return (await related).get(story.id) ?? [];
}
