import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: resolve(process.env.CONTENT_DIR ?? 'content', 'articles') }),
  }),
};
