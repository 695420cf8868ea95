/**
 * The environment variables Dateline reads (the README's "Environment variables" table), read once
 * and checked here, so a wrong value stops the build or the editor tool at once and names the variable.
 * Everything else imports `env`; tests give `readEnv` an object of their own.
 */
import { resolve } from 'node:path';

/** Variables as `process.env` holds them. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

export interface Env {
  /** CONTENT_DIR, absolute: the content folder the build and the editor tools read (`content/` unless tests or benchmarks point elsewhere). */
  contentDir: string;
  /** OUT_DIR as given, relative to the project root: where the built site goes (`dist` by default). */
  outDir: string;
  /**
   * SITE_URL: the public URL of this deployment, an origin or an origin and the path the site is served
   * under (https://user.github.io/news/); undefined (unset or empty) keeps the one in src/site.config.ts.
   */
  siteUrl: string | undefined;
  /** The instant the build publishes at (buildTime). */
  now: Date;
  /** Whether this is an editors' preview build (isPreview). */
  preview: boolean;
}

/**
 * The instant a build publishes at. DATELINE_NOW pins it (tests, reproducing a past build);
 * otherwise it is the wall clock, which is what lets a scheduled build lift an embargo.
 */
export function buildTime(source: EnvSource): Date {
  const pinned = source.DATELINE_NOW;
  if (!pinned) return new Date();
  const instant = new Date(pinned);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`DATELINE_NOW must be an ISO 8601 date-time such as 2026-11-25T12:00:00Z, got "${pinned}"`);
  }
  return instant;
}

/** Preview builds (PREVIEW=1, which `npm run dev` sets) show drafts and embargoed stories to editors, flagged and noindexed. */
export function isPreview(source: EnvSource): boolean {
  return source.PREVIEW === '1' || source.PREVIEW === 'true';
}

/**
 * Every permalink, feed and sitemap is made absolute with it, and its path is the base every link starts
 * with, so anything but an http(s) URL would break them all, and a query or fragment has no place in front
 * of their paths. Empty counts as unset: the deploy workflow passes `${{ vars.SITE_URL }}`, which is empty
 * when the repository variable is not set.
 */
function siteUrl(source: EnvSource): string | undefined {
  const url = source.SITE_URL?.trim();
  if (!url) return undefined;
  if (!/^https?:\/\/[^?#]+$/i.test(url) || !URL.canParse(url)) {
    throw new Error(
      `SITE_URL must be an absolute http(s) URL such as https://news.example.org or https://user.github.io/news/, got "${url}"`,
    );
  }
  return url;
}

export function readEnv(source: EnvSource = process.env): Env {
  return {
    contentDir: resolve(source.CONTENT_DIR || 'content'),
    outDir: source.OUT_DIR || 'dist',
    siteUrl: siteUrl(source),
    now: buildTime(source),
    preview: isPreview(source),
  };
}

/**
 * Read once, when a module first imports it: a value changed in `process.env` later is not seen. A wrong
 * value ends the process with its one line: thrown while modules load (`npm run build`, Astro's config, the
 * editor tools), it would be buried under a stack trace that says nothing more.
 */
export const env: Env = (() => {
  try {
    return readEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();
