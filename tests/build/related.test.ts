import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult, type ContentFiles } from '../helpers/site.ts';

const PIN_SOURCE = '/news/2026/11/12/seawall-bond-vote/';
const CAMPAIGN = '/news/2026/11/05/seawall-bond-campaign/';
const EXPLAINER = '/news/2026/11/03/seawall-bond-explainer/';
const NEWS_03 = '/news/2026/10/03/news-03/';

/** The fixture newsroom plus a seawall bond story that pins others; the draft and the embargoed story share its tag. */
function relatedFixture(): ContentFiles {
  const files = newsroomFixture();
  const articles = files.articles!;
  const seawall = (data: Record<string, unknown>, body: string) => ({
    data: { byline: 'alice-adams', section: 'news', ...data },
    body,
  });
  articles['bond/seawall-bond-vote'] = seawall(
    {
      headline: 'Voters approve the seawall bond',
      publishedAt: '2026-11-12T15:00:00Z',
      tags: ['Seawall Bond', 'Elections'],
      related: ['news-03', 'secret-draft', 'seawall-bond-campaign'],
    },
    'The seawall bond passed with 61 percent of the vote.\n',
  );
  articles['seawall-bond-campaign'] = seawall(
    {
      headline: 'Seawall bond campaign opens',
      publishedAt: '2026-11-05T15:00:00Z',
      tags: ['Seawall Bond'],
      image: { src: 'harbor.jpg', alt: 'The old seawall at high tide' },
    },
    'Supporters of the seawall bond knocked on doors.\n',
  );
  articles['seawall-bond-explainer'] = seawall(
    {
      headline: 'What the seawall bond would pay for',
      publishedAt: '2026-11-03T15:00:00Z',
      tags: ['Seawall Bond', 'Elections'],
    },
    'The seawall bond would raise the seawall by a metre.\n',
  );
  articles['secret-draft']!.data.tags = ['Seawall Bond', 'Elections'];
  articles['embargoed-report']!.data.tags = ['Seawall Bond', 'Elections'];
  return files;
}

let build: BuildResult;

/** Site paths of every article page in the build. */
function articlePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(build.outDir, dir).split(sep).join('/')}/`);
    }
  };
  walk(build.outDir);
  return pages.filter((path) => /^\/[^/]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(path));
}

const relatedLinks = (sitePath: string): string[] => {
  const $ = page(build.outDir, sitePath);
  return $('aside.related .card__headline a')
    .map((_, a) => $(a).attr('href'))
    .get();
};

beforeAll(() => {
  build = buildSite(writeContent(join(scratchDir('related'), 'content'), relatedFixture()), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('related stories on article pages', () => {
  it('end every article page with a labelled block of at least four stories that are never the page itself, a draft or an embargoed story', () => {
    const pages = articlePages();
    expect(pages).toHaveLength(28);
    for (const sitePath of pages) {
      const $ = page(build.outDir, sitePath);
      const block = $('aside.related');
      expect(block, sitePath).toHaveLength(1);
      expect($(`#${block.attr('aria-labelledby')}`).text()).toBe('Related stories');
      const links = relatedLinks(sitePath);
      expect(links.length, sitePath).toBeGreaterThanOrEqual(4);
      expect(links, sitePath).not.toContain(sitePath);
      expect(new Set(links).size, sitePath).toBe(links.length);
      for (const link of links) {
        expect(link).not.toMatch(/secret-draft|embargoed-report/);
        expect(existsSync(join(build.outDir, link, 'index.html')), `${sitePath} links to ${link}`).toBe(true);
      }
    }
  });

  it('shows pinned stories first in the editor’s order, skipping a pin to a draft, then the most related', () => {
    expect(relatedLinks(PIN_SOURCE)).toEqual([NEWS_03, CAMPAIGN, EXPLAINER, expect.any(String)]);
  });

  it('offers the closest stories on a topic to each other', () => {
    expect(relatedLinks(EXPLAINER).slice(0, 2)).toEqual([PIN_SOURCE, CAMPAIGN]);
  });

  it('shows each story as a card with its headline, section, date and image', () => {
    const $ = page(build.outDir, PIN_SOURCE);
    const card = $(`aside.related .card:has(a[href="${CAMPAIGN}"])`);
    expect(card.find('.card__headline').text()).toBe('Seawall bond campaign opens');
    expect(card.find('.kicker').text()).toBe('News');
    expect(card.find('time').attr('datetime')).toBe('2026-11-05T15:00:00.000Z');
    expect(card.find('img').attr('alt')).toBe('The old seawall at high tide');
  });
});

describe('a related pin that names no article', () => {
  it('fails the build naming the file and the nearest slug', () => {
    const files = newsroomFixture();
    files.articles = {
      'news-01': files.articles!['news-01']!,
      'pins-a-typo': {
        data: {
          headline: 'Pins a typo',
          byline: 'alice-adams',
          publishedAt: '2026-11-02T10:00:00Z',
          section: 'news',
          related: ['news-1'],
        },
        body: 'Text.\n',
      },
    };
    const failed = buildSite(writeContent(join(scratchDir('related-typo'), 'content'), files), { now: BUILD_NOW });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(
      /articles\/pins-a-typo\.md: related: no article has the slug "news-1"; did you mean "news-01"\?/,
    );
  });
});
