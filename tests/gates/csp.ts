/** Gate: the page's Content-Security-Policy blocks nothing the page itself ships (a blocked script is a broken feature). */
import type { Browser } from 'playwright-core';

export async function cspViolations(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  } finally {
    await context.close();
  }
}
