import { expect, inject, it } from 'vitest';
import { siteInChromium } from '../helpers/browser.ts';

const session = siteInChromium(() => inject('sampleDist'));

it('reads an article with JavaScript off, from the front page link to the byline', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${session.origin}/`);
  await tab.locator('.card--lead .card__headline a').click();
  await expect.poll(() => tab.locator('h1.article__headline').isVisible()).toBe(true);
  expect(await tab.locator('.byline a').count()).toBeGreaterThan(0);
  await context.close();
});

it('fits a phone screen without sideways scrolling', async () => {
  const tab = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
  await tab.goto(`${session.origin}/politics/2026/10/08/mayor-unveils-budget/`);
  const overflow = await tab.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await tab.close();
});

it('follows the breaking-news banner to live coverage and an update’s own link, with JavaScript off', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${session.origin}/tags/`);
  await tab.getByRole('region', { name: 'Breaking news' }).getByRole('link').click();
  await expect.poll(() => tab.locator('h1.article__headline').textContent()).toMatch(/^Nor.easter live/);
  const newest = tab.locator('.live-update').first();
  const anchor = await newest.getAttribute('id');
  await newest.locator('.live-update__time').click();
  expect(new URL(tab.url()).hash).toBe(`#${anchor}`);
  expect(await tab.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
  expect(await newest.isVisible()).toBe(true);
  await context.close();
});
