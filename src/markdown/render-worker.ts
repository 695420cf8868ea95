/** A worker thread of the parallel Markdown processor: renders articles with the article pipeline. */
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { articleMarkdown } from './article-pipeline.ts';

export interface RenderRequest {
  id: number;
  content: string;
  fileURL?: string;
  frontmatter?: Record<string, unknown>;
}

const renderer = await articleMarkdown().createRenderer(workerData as AstroMarkdownOptions);

parentPort!.on('message', async ({ id, content, fileURL, frontmatter }: RenderRequest) => {
  try {
    const result = await renderer.render(content, { fileURL: fileURL ? new URL(fileURL) : undefined, frontmatter });
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
