import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_NOW, DRAFT_MARKER, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { pngSize } from '../helpers/png.ts';
import { buildSite, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const CYRILLIC_HEADLINE = 'Мэр представил бюджет: библиотеки получат больше денег';

let build: BuildResult;
const socialDir = () => join(build.outDir, 'social');
const cards = () => readdirSync(socialDir()).sort();

beforeAll(() => {
  const fixture = newsroomFixture();
  fixture.articles = {
    ...fixture.articles,
    'mayor-budget-ru': {
      data: {
        headline: CYRILLIC_HEADLINE,
        byline: 'alice-adams',
        publishedAt: '2026-11-21T10:00:00Z',
        section: 'news',
      },
      body: 'Бюджет города.\n',
    },
    'harbor-festival-zh': {
      data: {
        headline: '港口节 draws record crowds',
        byline: 'alice-adams',
        publishedAt: '2026-11-22T10:00:00Z',
        section: 'news',
      },
      body: 'A festival.\n',
    },
  };
  build = buildSite(writeContent(join(scratchDir('social'), 'content'), fixture), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('generated share images', () => {
  it('exist for exactly the published articles without an image of their own', () => {
    const routine = Array.from({ length: 23 }, (_, index) => `news-${String(index + 1).padStart(2, '0')}.png`);
    expect(cards()).toEqual(
      [...routine, 'harbor-festival-zh.png', 'late-night-vote.png', 'mayor-budget-ru.png'].sort(),
    );
  });

  it('are valid 1200×630 PNGs', async () => {
    for (const card of cards()) {
      expect({ card, ...(await pngSize(readFileSync(join(socialDir(), card)))) }).toEqual({
        card,
        width: 1200,
        height: 630,
      });
    }
  });

  it('are not drawn for an article that has its own image', () => {
    expect(existsSync(join(socialDir(), 'bridge-run.png'))).toBe(false);
  });

  it('are never drawn for a draft or an embargoed story, under any name', () => {
    expect(existsSync(join(socialDir(), 'secret-draft.png'))).toBe(false);
    expect(existsSync(join(socialDir(), 'embargoed-report.png'))).toBe(false);
    expect(cards().filter((card) => /draft|embargo|secret/i.test(card))).toEqual([]);
    expect(build.output).not.toMatch(new RegExp(`${DRAFT_MARKER}|${EMBARGO_MARKER}`, 'i'));
  });

  it('draw a Cyrillic headline in the card font without complaint', async () => {
    expect(await pngSize(readFileSync(join(socialDir(), 'mayor-budget-ru.png')))).toEqual({ width: 1200, height: 630 });
    expect(build.output).not.toContain('mayor-budget-ru.md');
  });

  it('tell the editor which article has letters the card font cannot draw', () => {
    expect(build.output).toMatch(/harbor-festival-zh\.md: the share card's font has no letters for "港口节"/);
  });
});
