import type { CollectionEntry } from 'astro:content';
import type { BodyFacts } from '../../markdown/body-facts.ts';
import type { Unpublished } from './publishing.ts';

export type ArticleData = CollectionEntry<'articles'>['data'];

/** An article as the site shows it: the editor's frontmatter plus what the build derives from it. */
export interface Story extends BodyFacts {
  /** Path of the file under articles/, without extension: unique. */
  id: string;
  slug: string;
  /** Site-relative permalink, e.g. `/city/2026/11/20/harbor-bridge-reopens/`. */
  url: string;
  /** Path of the Markdown file as editors know it, for error messages. */
  filePath: string;
  data: ArticleData;
  /** Digest of the article's file, frontmatter and body: what changes whenever its page would. */
  digest: string;
  /** Set only in preview builds, where unpublished stories are shown to editors. */
  unpublished?: Unpublished;
}
