/**
 * Debian's Chromium driven by Playwright: the same browser on every developer machine and in CI. Free of
 * the test runner, so the benchmark launches it the same way.
 */
import { chromium, type Browser } from 'playwright-core';

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
