import { calendarDate } from './dates.ts';
import { tagSlug } from '../urls/permalink.ts';
import type { StoryType } from './story-types.ts';

/** The fields listings need; any Story satisfies it. */
interface Listed {
  slug: string;
  data: { publishedAt: Date; section: string; byline: string[]; tags: string[] };
}

/** What ordering by date needs of a story. */
type Dated = { slug: string; data: { publishedAt: Date } };

/** Newest first; equal times by slug so every build lists them in the same order. */
export function newestFirst<T extends Dated>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.slug.localeCompare(b.slug),
  );
}

export const inSection = <T extends Listed>(stories: readonly T[], sectionId: string): T[] =>
  stories.filter((story) => story.data.section === sectionId);

export const ofType = <T extends { data: { type: StoryType } }>(stories: readonly T[], type: StoryType): T[] =>
  stories.filter((story) => story.data.type === type);

export const byAuthor = <T extends Listed>(stories: readonly T[], authorId: string): T[] =>
  stories.filter((story) => story.data.byline.includes(authorId));

/** A tag as readers see it, its stable slug, and its stories (in the order given). */
export interface TagGroup<T> {
  slug: string;
  /** The spelling most stories use, so "covid" and "COVID" share a page titled by the common form. */
  label: string;
  stories: T[];
}

export function groupByTag<T extends { data: { tags: string[] } }>(stories: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, { spellings: Map<string, number>; stories: T[] }>();
  for (const story of stories) {
    const seen = new Set<string>();
    for (const tag of story.data.tags) {
      const slug = tagSlug(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { spellings: new Map<string, number>(), stories: [] as T[] };
      group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
      group.stories.push(story);
      groups.set(slug, group);
    }
  }
  return [...groups.entries()]
    .map(([slug, { spellings, stories }]) => ({
      slug,
      label: [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
      stories,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export interface MonthGroup<T> {
  year: string;
  month: string;
  stories: T[];
}

/** Stories by calendar month in the publication's time zone, newest month first. */
export function groupByMonth<T extends Dated>(stories: readonly T[], timeZone: string): MonthGroup<T>[] {
  const months = new Map<string, MonthGroup<T>>();
  for (const story of newestFirst(stories)) {
    const { year, month } = calendarDate(story.data.publishedAt, timeZone);
    const key = `${year}-${month}`;
    const group = months.get(key) ?? { year, month, stories: [] };
    group.stories.push(story);
    months.set(key, group);
  }
  return [...months.values()].sort((a, b) => `${b.year}${b.month}`.localeCompare(`${a.year}${a.month}`));
}

export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

/** Months as groupByMonth returns them, under their year; years and months keep the order given. */
export function groupByYear<T>(months: readonly MonthGroup<T>[]): YearGroup<T>[] {
  const years = new Map<string, YearGroup<T>>();
  for (const month of months) {
    const group = years.get(month.year) ?? { year: month.year, months: [] };
    group.months.push(month);
    years.set(month.year, group);
  }
  return [...years.values()];
}

/** An author as the journalists page lists them. */
export interface AuthorListing<A> {
  author: A;
  /** The stories whose byline names them, as `byAuthor` finds them. */
  storyCount: number;
}

/** Authors by name, each with their story count: one pass over the stories rather than one per author. */
export function authorListings<A extends { id: string; data: { name: string } }>(
  authors: Iterable<A>,
  stories: readonly { data: { byline: readonly string[] } }[],
): AuthorListing<A>[] {
  const counts = new Map<string, number>();
  for (const story of stories) {
    // A byline that names someone twice is still one story of theirs, as byAuthor counts it.
    for (const id of new Set(story.data.byline)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...authors]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((author) => ({ author, storyCount: counts.get(author.id) ?? 0 }));
}
