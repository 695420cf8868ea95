/** A worker thread of the parallel Markdown processor: renders articles with the article pipeline. */
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { renderAndStoreArticle, type ArticleRenderRequest } from '../build/article-html-cache.ts';
import { articleMarkdown } from './article-pipeline.ts';

/** Markdown for Astro (a page, a glob() entry), or an article for Dateline's render cache. */
export type RenderRequest = { id: number } & (
  | { kind: 'markdown'; content: string; fileURL?: string; frontmatter?: Record<string, unknown> }
  | ({ kind: 'article' } & ArticleRenderRequest)
);

const renderer = await articleMarkdown().createRenderer(workerData as AstroMarkdownOptions);

parentPort!.on('message', async (request: RenderRequest) => {
  try {
    const result =
      request.kind === 'article'
        ? await renderAndStoreArticle(renderer, request)
        : await renderer.render(request.content, {
            fileURL: request.fileURL ? new URL(request.fileURL) : undefined,
            frontmatter: request.frontmatter,
          });
    parentPort!.postMessage({ id: request.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
