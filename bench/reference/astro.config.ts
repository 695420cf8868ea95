// The bare reference the benchmark compares Dateline with: Astro 7, the unified remark/rehype processor at
// its defaults, one plain page per article. Nothing else, so its time is what any Astro site would pay.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  markdown: { processor: unified() },
  devToolbar: { enabled: false },
});
