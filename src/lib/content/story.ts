import type { CollectionEntry } from 'astro:content';
import type { BodyFacts } from '../../markdown/body-facts.ts';
import type { Unpublished } from './publishing.ts';
import type { Coverage } from './story-types.ts';

export type ArticleData = CollectionEntry<'articles'>['data'];

/**
 * An article as the site shows it: the editor's frontmatter plus what the build derives from it. Its
 * body's terms are not part of it: only related stories need them, once (src/data/newsroom.ts).
 */
export interface Story extends Omit<BodyFacts, 'bodyTerms'> {
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
  /** A live story's coverage at build time (coverageAt): part of the story, so pages that label it are built again when it ends. */
  coverage?: Coverage;
  /** Set only in preview builds, where unpublished stories are shown to editors. */
  unpublished?: Unpublished;
}
