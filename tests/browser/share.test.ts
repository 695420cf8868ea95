import { expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { siteInChromium } from '../helpers/browser.ts';

const ARTICLE = '/politics/2026/10/08/mayor-unveils-budget/';

const session = siteInChromium(() => inject('sampleDist'));

/** Opens the sample article in a fresh context, after `prepare` has set the context up. */
async function openArticle(prepare: (context: BrowserContext) => Promise<unknown> = async () => {}): Promise<Page> {
  const context = await session.browser.newContext();
  await prepare(context);
  const tab = await context.newPage();
  await tab.goto(`${session.origin}${ARTICLE}`);
  return tab;
}

const topBar = (tab: Page) => tab.getByRole('navigation', { name: 'Share this story', exact: true });

it('copies the canonical URL to the clipboard and says so where everyone can see and hear it', async () => {
  const tab = await openArticle((context) =>
    context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin }),
  );
  const canonical = await tab.locator('link[rel=canonical]').getAttribute('href');
  const status = topBar(tab).getByRole('status');
  expect(await status.textContent()).toBe('');

  await topBar(tab).getByRole('button', { name: 'Copy link' }).click();

  await expect.poll(() => status.textContent()).toBe('Link copied');
  expect(await status.isVisible()).toBe(true);
  expect(canonical).toMatch(new RegExp(`^https://[^/]+${ARTICLE}$`));
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await tab.context().close();
});

it('hides the native share button where the browser has no share sheet', async () => {
  const tab = await openArticle((context) =>
    context.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share')),
  );
  expect(await tab.evaluate(() => 'share' in navigator)).toBe(false);
  expect(await tab.getByRole('button', { name: 'Copy link' }).count()).toBe(2);
  expect(await tab.getByRole('button', { name: 'Share…' }).count()).toBe(0);
  await tab.context().close();
});

it('offers the native share sheet where the browser has one, with the headline and canonical URL', async () => {
  const tab = await openArticle((context) =>
    context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
    }),
  );
  const share = topBar(tab).getByRole('button', { name: 'Share…' });
  expect(await share.isVisible()).toBe(true);

  await share.click();

  const shared = await tab.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  const canonical = await tab.locator('link[rel=canonical]').getAttribute('href');
  expect(shared).toEqual([{ title: await tab.locator('h1').textContent(), url: canonical }]);
  await tab.context().close();
});

it('shows working links and no dead buttons with JavaScript off', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${session.origin}${ARTICLE}`);
  expect(await topBar(tab).getByRole('link').count()).toBe(8);
  expect(await topBar(tab).getByRole('link', { name: 'Share on X' }).getAttribute('href')).toMatch(
    /^https:\/\/x\.com\/intent\/tweet\?/,
  );
  expect(await tab.getByRole('button', { name: /Copy link|Share…/ }).count()).toBe(0);
  await context.close();
});

it('gives every share control a touch target of at least 44 × 44 px on a phone', async () => {
  const tab = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
  await tab.goto(`${session.origin}${ARTICLE}`);
  const controls = topBar(tab).locator('a, button:visible');
  expect(await controls.count()).toBeGreaterThanOrEqual(9);
  for (const box of await Promise.all((await controls.all()).map((control) => control.boundingBox()))) {
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }
  await tab.close();
});

it('requests nothing from any origin but the site’s own while a reader reads an article', async () => {
  const context = await session.browser.newContext();
  const tab = await context.newPage();
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(request.url()));
  await tab.goto(`${session.origin}${ARTICLE}`, { waitUntil: 'networkidle' });
  await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await tab.waitForLoadState('networkidle');

  expect(requested.length).toBeGreaterThan(1);
  expect(requested.filter((url) => new URL(url).origin !== session.origin)).toEqual([]);
  await context.close();
});
