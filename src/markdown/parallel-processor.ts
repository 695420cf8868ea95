/**
 * A Markdown processor for Astro that renders on worker threads, one per core. Astro's content layer
 * renders a collection's entries ten at a time but on one thread; handing each render to a worker lets
 * every core work on the archive. The pipeline itself is article-pipeline.ts, identical in every worker.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  AstroMarkdownOptions,
  MarkdownProcessor,
  MarkdownRenderer,
  MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import type { ArticleRenderRequest } from '../build/article-html-cache.ts';
import type { RenderRequest } from './render-worker.ts';

interface Pending {
  // What the worker replies depends on the request's kind; render() and renderArticle() say which.
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; result: unknown } | { id: number; error: string };

/** Distributive, so each kind of request keeps its own fields. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * How long a pool waits for more work before it ends its workers. Astro renders all Markdown while it
 * syncs content and asks for a renderer several times per build; a worker left waiting would keep its
 * own heap (100 MB and more) through the whole page build.
 */
const IDLE_MS = 250;

class WorkerPool implements MarkdownRenderer {
  private slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  private readonly script: string;
  private readonly size: number;
  private readonly options: AstroMarkdownOptions;

  // Plain fields, not parameter properties: the editor tools run this file with Node's type stripping.
  constructor(script: string, size: number, options: AstroMarkdownOptions) {
    this.script = script;
    this.size = size;
    this.options = options;
  }

  private start(): Slot[] {
    return Array.from({ length: this.size }, () => {
      // One article at a time needs little memory; a small heap keeps each worker's garbage collected early.
      const worker = new Worker(this.script, {
        workerData: this.options,
        resourceLimits: { maxOldGenerationSizeMb: 256 },
      });
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => {
        slot.busy -= 1;
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ('error' in reply) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.result);
        if (this.pending.size === 0) this.endWhenIdle();
      });
      worker.on('error', (error: Error) => this.fail(slot, error));
      // A worker ended by end() exits too, but is no longer in the pool by then.
      worker.on('exit', (code) =>
        this.fail(slot, new Error(`A Markdown worker stopped unexpectedly (exit code ${code})`)),
      );
      return slot;
    });
  }

  /** A worker of this pool failed: what it was rendering cannot come back, so every render waiting fails. */
  private fail(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    this.end();
  }

  private endWhenIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.end(), IDLE_MS);
  }

  private end(): void {
    clearTimeout(this.idleTimer);
    const ending = this.slots;
    this.slots = [];
    for (const { worker } of ending) void worker.terminate();
  }

  private ask(request: Unnumbered<RenderRequest>): Promise<unknown> {
    clearTimeout(this.idleTimer);
    if (this.slots.length === 0) this.slots = this.start();
    const slot = this.slots.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.busy += 1;
      slot.worker.postMessage({ ...request, id });
    });
  }

  render(
    content: string,
    options?: { fileURL?: URL; frontmatter?: Record<string, unknown> },
  ): Promise<MarkdownRenderResult> {
    const request = { content, fileURL: options?.fileURL?.href, frontmatter: options?.frontmatter };
    return this.ask({ kind: 'markdown', ...request }) as Promise<MarkdownRenderResult>;
  }

  /** Renders an article into Dateline's render cache, with its facts; the images its body refers to. */
  renderArticle(request: ArticleRenderRequest): Promise<string[]> {
    return this.ask({ kind: 'article', ...request }) as Promise<string[]>;
  }
}

/**
 * Pools by their workers' options, kept on the process: Astro asks for a renderer several times a build
 * (the content layer, each glob() collection, the articles loader), from copies of this module that
 * its bundling of the config makes, and each pool's workers cost ~3 s of CPU to load the pipeline.
 */
const POOLS = Symbol.for('dateline.markdown-worker-pools');

function sharedPool(script: string, size: number, options: AstroMarkdownOptions): WorkerPool {
  const processWide = globalThis as typeof globalThis & { [POOLS]?: Map<string, WorkerPool> };
  const pools = (processWide[POOLS] ??= new Map());
  const key = JSON.stringify([script, size, options]);
  let pool = pools.get(key);
  if (!pool) {
    pool = new WorkerPool(script, size, options);
    pools.set(key, pool);
  }
  return pool;
}

// From the project root: astro.config.ts is bundled into a temporary file, so import.meta.url is not here.
const workerScript = (): string => join(process.cwd(), 'src/markdown/render-worker.ts');
const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 4));

export function parallelMarkdown(options: { workers?: number } = {}): MarkdownProcessor {
  return {
    name: 'dateline-parallel-unified',
    options: {},
    // Only plain data crosses to a worker; each builds its own pipeline from article-pipeline.ts.
    createRenderer: async (shared) =>
      sharedPool(
        workerScript(),
        options.workers ?? defaultWorkers(),
        JSON.parse(JSON.stringify(shared)) as AstroMarkdownOptions,
      ),
  };
}

/** The articles loader's workers: the pool Astro's own Markdown with the same options renders on. */
export function articleRenderer(options: AstroMarkdownOptions): Pick<WorkerPool, 'renderArticle'> {
  return sharedPool(workerScript(), defaultWorkers(), JSON.parse(JSON.stringify(options)) as AstroMarkdownOptions);
}
