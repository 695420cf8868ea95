/**
 * A production build records, outside the site, when its site next changes; the scheduled deploy's
 * decision reads that record, and the rebuild it makes once the time has come publishes what was due.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextChangeRecordPath } from '../../src/build/next-change-record.ts';
import type { ChangeRecord } from '../../src/lib/content/change-record.ts';
import { filesUnder } from '../gates/site-files.ts';
import { runCli } from '../helpers/cli.ts';
import { newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, projectRoot, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

/** An hour before the fixture's embargoed story (2027-01-15T11:00:00Z) is published. */
const BEFORE_EMBARGO = '2027-01-15T10:00:00Z';
const EMBARGO = '2027-01-15T11:00:00Z';
const EMBARGOED_PAGE = '/sport/2027/01/15/embargoed-report/';

const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' });
const commit = head.status === 0 ? head.stdout.trim() : null;

let content: string;
let first: BuildResult;
const recordOf = (): ChangeRecord => JSON.parse(readFileSync(nextChangeRecordPath(content), 'utf8')) as ChangeRecord;

beforeAll(() => {
  content = writeContent(join(scratchDir('next-change'), 'content'), newsroomFixture());
  first = buildSite(content, { now: BEFORE_EMBARGO });
  if (first.status !== 0) throw new Error(`fixture build failed:\n${first.output}`);
});

describe('a production build', () => {
  it('records that the embargo lifts next, and says so', () => {
    const record = recordOf();
    expect(record.builtAt).toBe('2027-01-15T10:00:00.000Z');
    expect(record.commit).toBe(commit);
    expect(record.nextChange.at).toBe('2027-01-15T11:00:00.000Z');
    expect(record.nextChange.reasons).toEqual([
      expect.stringMatching(/embargoed-report\.md is published \(embargo lifts\)$/),
    ]);
    expect(first.output).toMatch(/next change: 2027-01-15T06:00:00-05:00, .*embargoed-report\.md is published/);
  });

  it('keeps the record out of the site: readers must not learn when an embargo lifts', () => {
    const names = filesUnder(first.outDir).map((path) => relative(first.outDir, path));
    expect(names).toContain('urls.json');
    expect(names.filter((name) => /next-change/.test(name))).toEqual([]);
    expect(existsSync(join(first.outDir, EMBARGOED_PAGE, 'index.html'))).toBe(false);
  });
});

describe('the scheduled deploy of the built commit', () => {
  const scheduled = (now: string) =>
    runCli('next-change', ['--scheduled', '--commit', commit ?? 'no-commit'], {
      CONTENT_DIR: content,
      DATELINE_NOW: now,
    });

  it('stops until the embargo lifts, then rebuilds', () => {
    expect(scheduled('2027-01-15T10:59:59Z').stdout).toMatch(/^skip: nothing changes before 2027-01-15T11:00:00\.000Z/);
    expect(scheduled(EMBARGO).stdout).toMatch(/^build: due since 2027-01-15T11:00:00\.000Z: .*embargoed-report\.md/);
  });

  it('publishes the story when it rebuilds then, and records the next change: the day', () => {
    const rebuild = buildSite(content, { now: EMBARGO, keepLastSite: true });
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(page(rebuild.outDir, EMBARGOED_PAGE)('h1').text()).not.toBe('');
    expect(recordOf().nextChange).toEqual({
      at: '2027-01-16T05:00:00.000Z',
      reasons: ['the day changes (the front page shows the date)'],
    });
  }, 240_000);

  it('has no record after a preview build, whose site is not published on a schedule', () => {
    const preview = buildSite(content, { now: EMBARGO, env: { PREVIEW: '1' }, keepLastSite: true });
    expect(preview.status, preview.output).toBe(0);
    expect(existsSync(nextChangeRecordPath(content))).toBe(false);
    expect(scheduled(EMBARGO).stdout).toMatch(/^full: there is no record/);
  }, 240_000);
});
