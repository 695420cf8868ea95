/**
 * Draws share cards to PNG on worker threads, one per core (social-card-worker.ts draws them, with
 * takumi), and keeps every card drawn in the build cache, so a build draws only the cards whose
 * content or design changed. The publication's logo is drawn and kept the same way.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent, LogoContent } from '../lib/social/social-card.ts';
import { cacheKey } from '../lib/content/digest.ts';
import { cachedBytes } from './build-cache.ts';
import type { CardReply, CardRequest, LogoReply, LogoRequest, RenderedCard } from './social-card-worker.ts';

export type { RenderedCard };

/**
 * How long the pool waits for more cards before it ends its workers: Astro asks for the cards a few
 * pages at a time (build.concurrency), and a worker left waiting would hold its renderer to the end of the build.
 */
const IDLE_MS = 250;
/**
 * The most cards one message carries. A worker that comes free takes its share of the cards waiting
 * in one message rather than a message a card; the cap keeps the shares even when hundreds wait.
 */
const BATCH = 16;

interface Job {
  content: CardContent;
  resolve: (card: RenderedCard) => void;
  reject: (error: Error) => void;
}

class CardPool {
  private idle: Worker[] = [];
  /** The cards each busy worker is drawing. */
  private readonly busy = new Map<Worker, Job[]>();
  private readonly waiting: Job[] = [];
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly script: string;
  private readonly size: number;

  constructor(script: string, size: number) {
    this.script = script;
    this.size = size;
  }

  draw(content: CardContent): Promise<RenderedCard> {
    clearTimeout(this.idleTimer);
    return new Promise((resolve, reject) => {
      this.waiting.push({ content, resolve, reject });
      if (this.idle.length === 0 && this.busy.size === 0)
        this.idle = Array.from({ length: this.size }, () => this.start());
      this.dispatch();
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script);
    worker.on('message', (reply: CardReply) => {
      const jobs = this.busy.get(worker) ?? [];
      this.busy.delete(worker);
      this.idle.push(worker);
      jobs.forEach((job, index) =>
        'error' in reply ? job.reject(new Error(reply.error)) : job.resolve(reply.cards[index]!),
      );
      this.dispatch();
    });
    worker.on('error', (error: Error) => this.fail(worker, error));
    // A worker ended by end() exits too, but is no longer in the pool by then.
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`A share-card worker stopped unexpectedly (exit code ${code})`)),
    );
    return worker;
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const jobs = this.waiting.splice(0, Math.min(BATCH, Math.ceil(this.waiting.length / (this.idle.length + 1))));
      this.busy.set(worker, jobs);
      worker.postMessage(jobs.map((job) => job.content) satisfies CardRequest);
    }
    if (this.busy.size > 0 || this.waiting.length > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.end(), IDLE_MS);
  }

  /** A worker failed: the cards it was drawing cannot come back, so every card asked for fails. */
  private fail(worker: Worker, error: Error): void {
    if (!this.busy.has(worker) && !this.idle.includes(worker)) return;
    for (const job of [...[...this.busy.values()].flat(), ...this.waiting.splice(0)]) job.reject(error);
    this.end();
  }

  private end(): void {
    clearTimeout(this.idleTimer);
    const ending = [...this.idle, ...this.busy.keys()];
    this.idle = [];
    this.busy.clear();
    for (const worker of ending) void worker.terminate();
  }
}

let pool: CardPool | undefined;

// From the project root: the build bundles this module into a folder of its own.
const workerScript = () => join(process.cwd(), 'src/build/social-card-worker.ts');

/** Draws one card; cards asked for at once are shared among the workers. */
export function renderSocialCard(content: CardContent): Promise<RenderedCard> {
  pool ??= new CardPool(workerScript(), Math.max(1, Math.min(availableParallelism(), 4)));
  return pool.draw(content);
}

/** Draws the logo on a worker of its own, which ends when it has answered: a build asks for it once at most. */
export function renderLogo(logo: LogoContent): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { workerData: { logo } satisfies LogoRequest });
    worker.once('message', (reply: LogoReply) => {
      void worker.terminate();
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.png);
    });
    worker.once('error', reject);
    // After an answer this comes from terminate() above, and rejects nothing.
    worker.once('exit', (code) =>
      reject(new Error(`The logo's worker stopped without drawing it (exit code ${code})`)),
    );
  });
}

/** Everything a card's pixels depend on besides its content; a change to any of these draws every card afresh. */
const DESIGN_SOURCES = {
  code: ['src/lib/social/social-card.ts', 'src/lib/social/social-image.ts', 'src/build/social-card-worker.ts'],
  packages: ['@takumi-rs/core', '@fontsource/source-serif-4'],
};

let design: string | undefined;

/** The code that lays out and draws a card, and the versions of the renderer and the font it uses. */
function designKey(): string {
  const read = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');
  design ??= cacheKey([
    DESIGN_SOURCES.code.map(read),
    DESIGN_SOURCES.packages.map(
      (name) => (JSON.parse(read(`node_modules/${name}/package.json`)) as { version: string }).version,
    ),
  ]);
  return design;
}

/** What a card depends on: its words and its design. It keys the card in the build cache and its page in Astro's. */
export const socialCardKey = (content: CardContent): string => cacheKey([content, designKey()]);

/** The logo from the build cache when one with the same monogram and design was drawn before, else drawn now. */
export const cachedLogo = (logo: LogoContent): Promise<Uint8Array> =>
  cachedBytes('social-cards', cacheKey([{ logo }, designKey()]), () => renderLogo(logo));

/**
 * The card from the build cache when one with the same content and design was drawn before, else drawn now.
 * Stored as one line of JSON (the missing glyphs, so their warning is repeated) followed by the PNG.
 */
export async function cachedSocialCard(content: CardContent): Promise<Omit<RenderedCard, 'headlineSize'>> {
  const stored = await cachedBytes('social-cards', socialCardKey(content), async () => {
    const card = await renderSocialCard(content);
    return Buffer.concat([Buffer.from(`${JSON.stringify(card.missingGlyphs)}\n`), card.png]);
  });
  const newline = stored.indexOf(0x0a);
  return {
    missingGlyphs: JSON.parse(Buffer.from(stored.subarray(0, newline)).toString('utf8')) as string[],
    png: stored.subarray(newline + 1),
  };
}
