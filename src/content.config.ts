/**
 * Dateline's content collections, for Astro: where each kind of content is read from, each checked
 * against its schema in src/content-schema.ts (re-exported here for the editor tools, which load this file).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  articleSchema,
  authorSchema,
  knownIds,
  redirectSchema,
  removedSchema,
  sectionSchema,
  standingPageSchema,
} from './content-schema.ts';
import { env } from './env.ts';
import { articlesLoader, contentFileId, contentLayerImage } from './loaders/articles.ts';
import { entryListLoader } from './loaders/entry-list.ts';
import { REDIRECT_LIST, REMOVED_LIST } from './lib/content/entry-list.ts';
import { site } from './site.config.ts';

export * from './content-schema.ts';

const pathId = ({ entry }: { entry: string }) => contentFileId(entry);

const root = env.contentDir;

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(join(root, 'articles'), site.timezone),
    // Built once: a schema function would be built again for every article (see contentLayerImage).
    schema: articleSchema(knownIds(root))({ image: contentLayerImage }),
  }),
  authors: defineCollection({
    loader: glob({ pattern: '*.md', base: join(root, 'authors'), generateId: pathId }),
    schema: authorSchema,
  }),
  sections: defineCollection({
    loader: glob({ pattern: '*.md', base: join(root, 'sections'), generateId: pathId }),
    schema: sectionSchema,
  }),
  pages: defineCollection({
    // A newsroom need not have standing pages; Astro's glob() would warn that the folder is missing.
    loader: existsSync(join(root, 'pages'))
      ? glob({ pattern: '*.md', base: join(root, 'pages'), generateId: pathId })
      : { name: 'no-standing-pages', load: async () => {} },
    schema: standingPageSchema,
  }),
  removed: defineCollection({
    loader: entryListLoader(join(root, REMOVED_LIST.file), REMOVED_LIST),
    schema: removedSchema,
  }),
  redirects: defineCollection({
    loader: entryListLoader(join(root, REDIRECT_LIST.file), REDIRECT_LIST),
    schema: redirectSchema,
  }),
};
