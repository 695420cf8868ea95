import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { builtSite } from './src/integrations/built-site.ts';
import { astroCacheDir } from './src/build/build-cache.ts';
import { env } from './src/env.ts';
import { parallelMarkdown } from './src/markdown/parallel-processor.ts';
import { NEWS_SITEMAP_PATH } from './src/lib/feeds/news-sitemap.ts';
import { absoluteUrl, siteBase } from './src/lib/urls/permalink.ts';
import { sitemapSerializer } from './src/lib/feeds/sitemap.ts';
import { urlManifest } from './src/integrations/url-manifest.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { site } from './src/site.config.ts';

const built = builtSite();

export default defineConfig({
  site: site.url,
  // The path of the site's URL (SITE_URL=https://user.github.io/news/ serves it under /news/): Astro puts
  // the assets it writes (`/_astro/`) under it, and Dateline every path it builds (src/lib/urls/permalink.ts).
  base: siteBase(site.url),
  trailingSlash: 'always',
  outDir: env.outDir,
  // Each content folder gets its own cache, keyed by the Markdown pipeline's code; Dateline's own build
  // cache (src/build/build-cache.ts) sits inside it, so clearing one clears both.
  cacheDir: astroCacheDir(env.contentDir),
  // Share cards are rasterised off the main thread, and they come a page at a time: with 4 pages in flight
  // the two card workers waited on the main thread (1,000 articles' page generation: 19.6 s with 4, 15.7 s
  // with 16 in npm run bench; at 10,000 the main thread's own work is the limit, 115 s with either).
  build: { format: 'directory', concurrency: 16 },
  integrations: [
    // First: lists the site once, removes what the last site had and this build does not publish, and reads
    // every built page once for the sitemap, the URL manifest and _headers below.
    built.integration,
    // The sitemap index also lists the Google News sitemap, which src/pages/news-sitemap.xml.ts writes.
    sitemap({
      customSitemaps: [absoluteUrl(NEWS_SITEMAP_PATH, site.url)],
      serialize: sitemapSerializer(built.pages, site.url),
    }),
    // After the sitemap integration, so the URL manifest also lists the sitemaps it writes.
    urlManifest({ site: site.url, built }),
    securityHeaders({ site: site.url, built }),
  ],
  // npm run build starts from the last site (src/build/site-mirror.ts): Astro keeps a page that is already
  // there instead of copying it back from its cache.
  vite: { build: { emptyOutDir: false } },
  markdown: {
    // News copy has no code to colour, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
    // The article pipeline (src/markdown/article-pipeline.ts), run on a worker thread per core.
    processor: parallelMarkdown(),
  },
  security: {
    // Astro hashes every script and style it emits into each page's policy: no 'unsafe-inline' anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        `frame-src ${site.embedHosts.map((host) => `https://${host}`).join(' ') || "'none'"}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // A rebuild renders only the pages whose cacheKey (src/lib/page-cache-key.ts) or code changed and
    // reuses the rest from the last build's output, kept in cacheDir.
    incrementalBuild: true,
  },
});
