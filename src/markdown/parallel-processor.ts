/**
 * A Markdown processor for Astro that renders on worker threads, one per core. Astro's content layer
 * renders a collection's entries ten at a time but on one thread; handing each render to a worker lets
 * every core work on the archive. The pipeline itself is article-pipeline.ts, identical in every worker.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderer, MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { RenderRequest } from './render-worker.ts';

interface Pending {
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; result: MarkdownRenderResult } | { id: number; error: string };

class WorkerPool implements MarkdownRenderer {
  private readonly workers: { worker: Worker; busy: number }[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(script: string, size: number, shared: AstroMarkdownOptions) {
    // Only plain data crosses to a worker; each builds its own pipeline from article-pipeline.ts.
    const options = JSON.parse(JSON.stringify(shared)) as AstroMarkdownOptions;
    this.workers = Array.from({ length: size }, () => {
      // One article at a time needs little memory; a small heap keeps each worker's garbage collected early.
      const worker = new Worker(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: 256 } });
      // Idle workers must not keep the build process alive once Astro is done.
      worker.unref();
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => {
        slot.busy -= 1;
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ('error' in reply) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.result);
      });
      worker.on('error', (error: Error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      return slot;
    });
  }

  render(content: string, options?: { fileURL?: URL; frontmatter?: Record<string, unknown> }): Promise<MarkdownRenderResult> {
    const slot = this.workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    const request: RenderRequest = { id, content, fileURL: options?.fileURL?.href, frontmatter: options?.frontmatter };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.busy += 1;
      if (slot.busy === 1) slot.worker.ref();
      slot.worker.postMessage(request);
    }).finally(() => {
      if (slot.busy === 0) slot.worker.unref();
    }) as Promise<MarkdownRenderResult>;
  }
}

export function parallelMarkdown(options: { workers?: number } = {}): MarkdownProcessor {
  // From the project root: astro.config.ts is bundled into a temporary file, so import.meta.url is not here.
  const script = join(process.cwd(), 'src/markdown/render-worker.ts');
  return {
    name: 'dateline-parallel-unified',
    options: {},
    createRenderer: async (shared) => new WorkerPool(script, options.workers ?? Math.max(1, Math.min(availableParallelism(), 4)), shared),
  };
}
