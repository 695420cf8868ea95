/** A built site served and opened in Chromium (./chromium.ts) for the tests of one file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  /** Where the built site is served, e.g. http://127.0.0.1:40123 */
  origin: string;
}

/**
 * For the tests of the calling file: serves a built site (`dist` is asked for when they start, so an
 * earlier beforeAll may build it), under `base` if given (a site built for SITE_URL=https://user.github.io/news/
 * is served under /news/), and opens Chromium, closing both when they end.
 */
export function siteInChromium(dist: () => string, options: { base?: string } = {}): SiteInBrowser {
  const session = {} as SiteInBrowser;
  let server: StaticSite | undefined;
  beforeAll(async () => {
    server = await serveStatic(dist(), options);
    session.origin = server.origin;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
