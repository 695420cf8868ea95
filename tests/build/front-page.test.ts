/**
 * The editors' front (content/front.yaml) in the built site: a pinned lead and top stories while they
 * are in force, a banner on every page until it expires, the automatic front after, and never a story
 * before it is published. The second build runs on the first one's output and caches, as a scheduled
 * deploy does when an entry expires: pages kept from the first build must lose the banner too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextChangeRecordPath } from '../../src/build/next-change-record.ts';
import type { ChangeRecord } from '../../src/lib/content/change-record.ts';
import { BUILD_NOW, EMBARGO_MARKER, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const FRONT = `lead:
  story: news-03
  until: 2026-11-25T15:00:00Z
top:
  - story: news-05
    until: 2026-11-25T11:00:00Z
  - story: embargoed-report
  - story: news-07
banner:
  text: "Storm warning: the ferry is suspended"
  link: /sport/
  until: 2026-11-25T15:00:00Z
`;
const AFTER_EXPIRY = '2026-11-25T16:00:00Z';
const PAGES = ['/', '/news/', '/sport/2026/11/20/bridge-run/', '/tags/', '/404.html'];

let content: string;
let second: BuildResult;
let recordAfterFirst: ChangeRecord;
/** The first build's pages, read before the second build replaces them. */
let firstPages: Map<string, CheerioAPI>;

const headlines = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, headline) => $(headline).text().trim())
    .get();

beforeAll(() => {
  content = writeContent(join(scratchDir('front'), 'content'), newsroomFixture());
  writeFileSync(join(content, 'front.yaml'), FRONT);
  const first = buildSite(content, { now: BUILD_NOW });
  if (first.status !== 0) throw new Error(`fixture build failed:\n${first.output}`);
  firstPages = new Map(PAGES.map((path) => [path, page(first.outDir, path)]));
  recordAfterFirst = JSON.parse(readFileSync(nextChangeRecordPath(content), 'utf8')) as ChangeRecord;
  second = buildSite(content, { now: AFTER_EXPIRY, keepLastSite: true });
  if (second.status !== 0) throw new Error(`second build failed:\n${second.output}`);
}, 120_000);

describe('while the entries are in force', () => {
  it('leads with the pinned story and starts the latest with the pinned top stories still up, in order', () => {
    const front = firstPages.get('/')!;
    expect(headlines(front, '.card--lead .card__headline')).toEqual(['Routine council story number 03']);
    const latest = headlines(front, '.front__latest .card__headline');
    expect(latest[0]).toBe('Routine council story number 07');
    expect(latest).not.toContain('Routine council story number 05');
    expect(latest).not.toContain('Routine council story number 03');
  });

  it('never shows a pinned story before it is published', () => {
    expect(firstPages.get('/')!.html()).not.toContain(EMBARGO_MARKER);
  });

  it('shows the banner, linked, on every page', () => {
    for (const path of PAGES) {
      const $ = firstPages.get(path)!;
      const banner = $('section.breaking-banner');
      expect(banner.attr('aria-label'), path).toBe('Breaking news');
      expect(banner.find('a').text(), path).toBe('Storm warning: the ferry is suspended');
      expect(banner.find('a').attr('href'), path).toBe('/sport/');
    }
  });

  it('tells the scheduled deploy when the first entry comes down', () => {
    expect(recordAfterFirst.nextChange.at).toBe('2026-11-25T15:00:00.000Z');
    expect(recordAfterFirst.nextChange.reasons).toEqual([
      expect.stringMatching(/front\.yaml: the lead \(news-03\) expires$/),
      expect.stringMatching(/front\.yaml: the banner expires$/),
    ]);
  });
});

describe('once they have expired', () => {
  it('lays the front out automatically again, keeping the top story that has no end', () => {
    expect(headlines(page(second.outDir, '/'), '.card--lead .card__headline')).toEqual([
      'Thousands run across the "new" bridge & cheer',
    ]);
    expect(headlines(page(second.outDir, '/'), '.front__latest .card__headline')[0]).toBe(
      'Routine council story number 07',
    );
  });

  it('takes the banner off every page, those the rebuild kept from the last build included', () => {
    for (const path of PAGES) expect(page(second.outDir, path)('.breaking-banner'), path).toHaveLength(0);
  });
});

it('a front.yaml that names no article or links no page fails the build at its line', () => {
  const broken = writeContent(join(scratchDir('front-bad'), 'content'), newsroomFixture());
  writeFileSync(
    join(broken, 'front.yaml'),
    'top:\n  - story: news-3\nbanner:\n  text: Storm\n  link: /newz/\n  until: 2026-11-26T00:00:00Z\n',
  );
  const build = buildSite(broken, { now: BUILD_NOW });
  expect(build.status).not.toBe(0);
  expect(build.output).toMatch(
    /front\.yaml:2:12: top\[0\]\.story: no article has the slug "news-3"; did you mean "news-03"/,
  );
  expect(build.output).toMatch(/front\.yaml:5:9: banner\.link: "\/newz\/" is no page of this site/);
});
