/**
 * Search on the built sample site, in real Chromium: the Pagefind index the build writes, the
 * /search/ page's form and results, and that nothing but the site itself is asked for anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_TAGS } from '../gates/accessibility.ts';
import { siteInChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';
import { BUILD_NOW, DRAFT_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, projectRoot, scratchDir, writeContent } from '../helpers/site.ts';

/** Files of the sample content that mention a word, so each test shows its word is where it claims. */
function filesMentioning(word: string): string[] {
  const dir = join(projectRoot, 'content');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        file.endsWith('.md') && readFileSync(join(dir, file), 'utf8').toLowerCase().includes(word.toLowerCase()),
    )
    .sort();
}

/** Opens the sample site's search page at `?q=…` and waits until it has answered. */
async function search(tab: Page, queryString: string): Promise<{ status: string; links: string[] }> {
  await tab.goto(`${session.origin}/search/${queryString}`);
  await expect.poll(() => tab.locator('#search-status').textContent()).toMatch(/stor(y|ies)/);
  const links = await tab
    .locator('#search-results .card__headline a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return { status: (await tab.locator('#search-status').textContent()) ?? '', links };
}

const session = siteInChromium(() => inject('sampleDist'));

describe('searching the sample site', () => {
  it('finds exactly the one article whose body has the word', async () => {
    expect(filesMentioning('landscaping')).toEqual(['articles/harbor-bridge-reopens.md']);
    const tab = await session.browser.newPage();
    const { status, links } = await search(tab, '?q=landscaping');
    expect(links).toEqual(['/city/2026/11/20/harbor-bridge-reopens/']);
    expect(status).toBe('1 story matches “landscaping”.');
    expect(await tab.locator('#search-results mark').first().textContent()).toMatch(/^landscaping$/i);
    await tab.close();
  });

  it('finds nothing that is only in a draft or an embargoed story', async () => {
    expect(filesMentioning('dumpling')).toEqual(['articles/night-market-permits.md']);
    expect(filesMentioning('fahrenheit')).toEqual(['articles/bay-report-card.md']);
    const tab = await session.browser.newPage();
    for (const word of ['dumpling', 'fahrenheit']) {
      const { status, links } = await search(tab, `?q=${word}`);
      expect(links).toEqual([]);
      expect(status).toBe(`No stories match “${word}”.`);
    }
    await tab.close();
  });

  it('does not index listing pages, only article bodies', async () => {
    // "evidence" is only in the Science section's description, shown on its listing page.
    expect(filesMentioning('evidence')).toEqual(['sections/science.md']);
    const tab = await session.browser.newPage();
    expect((await search(tab, '?q=evidence')).links).toEqual([]);
    await tab.close();
  });

  it('searches from the form as a plain GET, with the query kept in the address and the box', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(`${session.origin}/search/`);
    await tab.getByLabel('Words to find').fill('landscaping');
    await tab.getByLabel('Words to find').press('Enter');
    await tab.waitForURL(/\/search\/\?q=landscaping/);
    await expect.poll(() => tab.locator('#search-results li').count()).toBe(1);
    expect(await tab.getByLabel('Words to find').inputValue()).toBe('landscaping');
    await tab.close();
  });

  it('narrows results to a section and a topic, and shows the choice in the form', async () => {
    const tab = await session.browser.newPage();
    const all = await search(tab, '?q=bridge');
    const { status, links } = await search(tab, '?q=bridge&section=business&tag=harbor-bridge');
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(all.links.length);
    expect(links.every((link) => link.startsWith('/business/'))).toBe(true);
    expect(status).toMatch(/ in Business about Harbor Bridge match(es)? “bridge”\.$/);
    expect(await tab.getByLabel('Section', { exact: true }).inputValue()).toBe('business');
    expect(await tab.getByLabel('Topic', { exact: true }).inputValue()).toBe('harbor-bridge');
    await tab.close();
  });

  it('lists every story on a topic, newest first, when no words are given', async () => {
    const tab = await session.browser.newPage();
    const { status, links } = await search(tab, '?tag=harbor-bridge');
    const published = await tab
      .locator('#search-results time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(links.length).toBeGreaterThan(2);
    expect(published).toHaveLength(links.length);
    expect(published).toEqual([...published].sort().reverse());
    expect(status).toBe(`${links.length} stories about Harbor Bridge.`);
    await tab.close();
  });

  it.each(['light', 'dark'] as const)(
    'shows results with no accessibility violations in the %s scheme',
    async (colorScheme) => {
      const context = await session.browser.newContext({ colorScheme });
      const tab = await context.newPage();
      expect((await search(tab, '?q=bridge&section=city')).links.length).toBeGreaterThan(0);
      const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
      expect(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      await context.close();
    },
  );

  it('asks nothing of another origin while searching', async () => {
    const tab = await session.browser.newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(request.url()));
    await search(tab, '?q=landscaping');
    expect(requested.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requested.filter((url) => new URL(url).origin !== session.origin)).toEqual([]);
    await tab.close();
  });

  it('loads the search script and index on the search page only', async () => {
    const tab = await session.browser.newPage();
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const scriptsOn = async (path: string) => {
      await tab.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
      return tab
        .locator('script')
        .evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src') ?? script.textContent ?? ''));
    };
    const elsewhere = new Set<string>();
    for (const path of ['/', '/city/2026/11/20/harbor-bridge-reopens/', '/tags/harbor-bridge/', '/archive/']) {
      for (const script of await scriptsOn(path)) elsewhere.add(script);
    }
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const searchScripts = (await scriptsOn('/search/')).filter((script) => !elsewhere.has(script));
    expect(searchScripts.length).toBeGreaterThan(0);
    await tab.close();
  });

  it('links to search from every page header', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(`${session.origin}/`);
    await tab.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click();
    await tab.waitForURL(`${session.origin}/search/`);
    expect(await tab.getByRole('search').count()).toBe(1);
    await tab.close();
  });
});

describe('searching a newsroom with many matches', () => {
  let fixture: StaticSite;

  beforeAll(async () => {
    const build = buildSite(writeContent(join(scratchDir('search'), 'content'), newsroomFixture()), { now: BUILD_NOW });
    if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
    fixture = await serveStatic(build.outDir);
  });

  afterAll(() => fixture?.close());

  it('shows 20 results, then the rest on request, moving focus to the first new one', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(`${fixture.origin}/search/?q=routine`);
    await expect.poll(() => tab.locator('#search-status').textContent()).toBe('23 stories match “routine”.');
    expect(await tab.locator('#search-results li').count()).toBe(20);
    await tab.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => tab.locator('#search-results li').count()).toBe(23);
    expect(
      await tab.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[20],
      ),
    ).toBe(true);
    expect(await tab.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    await tab.close();
  });

  it('never finds a draft, by its words or its topic', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(`${fixture.origin}/search/?q=${DRAFT_MARKER}`);
    await expect.poll(() => tab.locator('#search-status').textContent()).toBe(`No stories match “${DRAFT_MARKER}”.`);
    await tab.goto(`${fixture.origin}/search/?tag=${DRAFT_MARKER.toLowerCase()}`);
    await expect.poll(() => tab.locator('#search-status').textContent()).toBe('No stories.');
    await tab.close();
  });
});
