import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(inject('sampleDist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('reads an article with JavaScript off, from the front page link to the byline', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${site.origin}/`);
  await tab.locator('.card--lead .card__headline a').click();
  await expect.poll(() => tab.locator('h1.article__headline').isVisible()).toBe(true);
  expect(await tab.locator('.byline a').count()).toBeGreaterThan(0);
  await context.close();
});

it('fits a phone screen without sideways scrolling', async () => {
  const tab = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await tab.goto(`${site.origin}/politics/2026/10/08/mayor-unveils-budget/`);
  const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await tab.close();
});
