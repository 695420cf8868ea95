/** Debian's Chromium driven by Playwright: the same browser on every developer machine and in CI. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticSite } from './static-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium phones home at start, which this sandbox (and the privacy tests) refuse.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface SiteInBrowser {
  browser: Browser;
  /** Where the built site is served, e.g. http://127.0.0.1:40123 */
  origin: string;
}

/**
 * For the tests of the calling file: serves a built site (`dist` is asked for when they start, so an
 * earlier beforeAll may build it) and opens Chromium, closing both when they end.
 */
export function siteInChromium(dist: () => string): SiteInBrowser {
  const session = {} as SiteInBrowser;
  let server: StaticSite | undefined;
  beforeAll(async () => {
    server = await serveStatic(dist());
    session.origin = server.origin;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
