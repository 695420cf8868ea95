import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { contentDir } from './src/lib/content-dir.ts';
import { rehypeArticleBody } from './src/lib/rehype-article-body.ts';
import { site } from './src/site.config.ts';

/** Each content folder gets its own cache, so builds of fixtures never reuse another folder's data store. */
const contentCacheKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: `./node_modules/.astro/${contentCacheKey}`,
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      rehypePlugins: [[rehypeArticleBody, { origin: site.url }]],
    }),
  },
  devToolbar: { enabled: false },
});
