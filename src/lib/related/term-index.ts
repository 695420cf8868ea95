/**
 * The stories as scoring reads them, built once for the whole site: each story with its tags and key
 * terms, and each tag and term with the stories that have it (the inverted index). They point at one
 * another directly, so following a posting from a story to the next needs no lookup.
 */
import { newestFirst } from '../content/queries.ts';
import { tagSlug } from '../urls/permalink.ts';
import { getOrAdd } from './get-or-add.ts';
import { keyTermsOf } from './key-terms.ts';
import type { Relatable } from './relatable.ts';
import type { RelatedTuning } from './tuning.ts';

export interface IndexedStory<T> {
  story: T;
  /** publishedAt in milliseconds. */
  time: number;
  /** The section as a small number: sections are compared for every candidate. */
  section: number;
  /** The byline's authors as small numbers, which compare faster than names. */
  authors: number[];
  tags: Tag<T>[];
  keyTerms: KeyTerm<T>[];
  tally: Tally;
}

export interface Tag<T> {
  /** The spelling of the newest story that has the tag. */
  label: string;
  /** Its rarity, ln(articles / articles with the tag), so a tag on 3 articles says more than one on 300. */
  idf: number;
  /** The stories with the tag, newest first. */
  stories: IndexedStory<T>[];
}

export interface Term<T> {
  name: string;
  /** The stories with the term among their key terms, newest first. */
  postings: Posting<T>[];
}

/** A story having a term among its key terms, with the term's weight in the story's unit vector. */
export interface Posting<T> {
  story: IndexedStory<T>;
  weight: number;
}

/** One of a story's key terms and its weight in the story's unit vector. */
export interface KeyTerm<T> {
  term: Term<T>;
  weight: number;
}

/**
 * What a query has summed up for the story (see scoring.ts), valid while `query` is that query's
 * token. Kept on the story rather than in a table so the scoring loop reaches it without a lookup.
 */
export interface Tally {
  query: object | null;
  /** Idf of the tags the story shares with the query's story. */
  tags: number;
  /** Dot product of the two stories' key-term vectors. */
  text: number;
}

/** The index of `stories`, newest first (the order of the fallbacks). */
export function indexStories<T extends Relatable>(stories: readonly T[], tuning: RelatedTuning): IndexedStory<T>[] {
  const sections = new Map<string, number>();
  const authors = new Map<string, number>();
  const tags = new Map<string, Tag<T>>();
  const terms = new Map<string, Term<T>>();
  const indexed = keyTermsOf(newestFirst(stories), tuning).map(({ story, keyTerms }) => {
    const storyTags = new Set<Tag<T>>();
    for (const label of story.data.tags) {
      const slug = tagSlug(label);
      if (slug) storyTags.add(getOrAdd(tags, slug, () => ({ label, idf: 0, stories: [] })));
    }
    const storyTerms = keyTerms.map(({ name, weight }) => ({
      term: getOrAdd(terms, name, () => ({ name, postings: [] })),
      weight,
    }));
    const entry: IndexedStory<T> = {
      story,
      time: story.data.publishedAt.getTime(),
      section: getOrAdd(sections, story.data.section, () => sections.size),
      authors: story.data.byline.map((author) => getOrAdd(authors, author, () => authors.size)),
      tags: [...storyTags],
      keyTerms: storyTerms,
      tally: { query: null, tags: 0, text: 0 },
    };
    for (const tag of storyTags) tag.stories.push(entry);
    for (const { term, weight } of storyTerms) term.postings.push({ story: entry, weight });
    return entry;
  });
  // A tag's rarity is known only once every story is in.
  for (const tag of tags.values()) tag.idf = Math.log(indexed.length / tag.stories.length);
  return indexed;
}
