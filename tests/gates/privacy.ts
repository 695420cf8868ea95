/** Gate: loading a page asks nothing of any origin but the site's own (no trackers, fonts, CDNs or embeds). */
import type { Browser } from 'playwright-core';

export async function foreignRequests(browser: Browser, url: string): Promise<string[]> {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const foreign: string[] = [];
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (requested.protocol !== 'data:' && requested.protocol !== 'blob:' && requested.origin !== origin)
        foreign.push(request.url());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // Scroll to the end so lazy images and anything else that waits for the reader also load.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    return foreign;
  } finally {
    await context.close();
  }
}
