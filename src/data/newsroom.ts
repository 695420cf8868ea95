/**
 * The only place pages get content from: loads the collections once per build, checks what spans
 * files, and hides drafts and embargoed stories unless this is a preview build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config.ts';
import { duplicateSlugs, formatProblems, reservedSections } from '../lib/integrity.ts';
import { articlePath, articleSlug, RESERVED_SECTION_IDS } from '../lib/permalink.ts';
import { buildTime, isPreview, unpublishedReason } from '../lib/publishing.ts';
import { newestFirst } from '../lib/queries.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import type { Story } from '../lib/story.ts';

export type Author = CollectionEntry<'authors'>;
export type Section = CollectionEntry<'sections'>;

export interface Newsroom {
  /** Every story readers may see (plus, in preview builds only, drafts and embargoed ones), newest first. */
  stories: Story[];
  sections: Section[];
  authors: Map<string, Author>;
  preview: boolean;
  now: Date;
}

function toStory(entry: CollectionEntry<'articles'>, now: Date): Story {
  const slug = articleSlug(entry.id, entry.data.slug);
  const body = entry.body ?? '';
  return {
    id: entry.id,
    slug,
    url: articlePath({ section: entry.data.section, slug, publishedAt: entry.data.publishedAt }, site.timezone),
    filePath: entry.filePath ?? entry.id,
    data: entry.data,
    body,
    readingMinutes: readingMinutes(body),
    unpublished: unpublishedReason(entry.data, now),
  };
}

async function load(): Promise<Newsroom> {
  const now = buildTime();
  const preview = isPreview();
  const [articles, authors, sections] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sections'),
  ]);
  const all = articles.map((entry) => toStory(entry, now));
  const problems = [
    ...duplicateSlugs(all),
    ...reservedSections(
      sections.map((section) => ({ id: section.id, filePath: section.filePath ?? section.id })),
      RESERVED_SECTION_IDS,
    ),
  ];
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return {
    stories: newestFirst(preview ? all : all.filter((story) => !story.unpublished)),
    sections: [...sections].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name)),
    authors: new Map(authors.map((author) => [author.id, author])),
    preview,
    now,
  };
}

let newsroom: Promise<Newsroom> | undefined;

/** Loaded once and shared by every page of the build. */
export function getNewsroom(): Promise<Newsroom> {
  newsroom ??= load();
  return newsroom;
}
