import { describe, expect, it } from 'vitest';
import { parseChangeRecord, scheduledAction, type ChangeRecord } from '../../src/lib/content/change-record.ts';
import { parseFrontFile } from '../../src/lib/content/front-file.ts';
import { nextChange, type ScheduledStory } from '../../src/lib/content/next-change.ts';

const story = (filePath: string, publishedAt: string, draft = false): ScheduledStory => ({
  filePath,
  data: { draft, publishedAt: new Date(publishedAt) },
});
const iso = (next: { at: Date }) => next.at.toISOString();

describe('when a built site next changes', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('is the next midnight in the publication’s time zone, west and east of UTC, when nothing else is due', () => {
    expect(iso(nextChange([], now, 'America/New_York'))).toBe('2026-11-26T05:00:00.000Z');
    expect(iso(nextChange([], now, 'Asia/Kolkata'))).toBe('2026-11-25T18:30:00.000Z');
    expect(iso(nextChange([], now, 'Pacific/Auckland'))).toBe('2026-11-26T11:00:00.000Z');
    expect(nextChange([], now, 'UTC').reasons).toEqual(['the day changes (the front page shows the date)']);
  });

  it('is the next midnight across a change of the clocks', () => {
    // New York falls back on 2026-11-01: that day has 25 hours.
    expect(iso(nextChange([], new Date('2026-11-01T04:30:00Z'), 'America/New_York'))).toBe('2026-11-02T05:00:00.000Z');
  });

  it('is the moment an embargo lifts, when that comes first', () => {
    const next = nextChange(
      [story('articles/later.md', '2026-11-25T16:00:00Z'), story('articles/soon.md', '2026-11-25T13:15:00Z')],
      now,
      'America/New_York',
    );
    expect(iso(next)).toBe('2026-11-25T13:15:00.000Z');
    expect(next.reasons).toEqual(['articles/soon.md is published (embargo lifts)']);
  });

  it('is the moment live coverage ends, when its label changes from Live', () => {
    const live: ScheduledStory = {
      filePath: 'articles/storm-live.md',
      data: {
        draft: false,
        publishedAt: new Date('2026-11-20T12:00:00Z'),
        coverageEndTime: new Date('2026-11-25T20:00:00Z'),
      },
    };
    const next = nextChange([live], now, 'America/New_York');
    expect(iso(next)).toBe('2026-11-25T20:00:00.000Z');
    expect(next.reasons).toEqual(['articles/storm-live.md: live coverage ends (no longer labelled Live)']);
    const ended = { ...live, data: { ...live.data, coverageEndTime: new Date('2026-11-25T11:00:00Z') } };
    expect(iso(nextChange([ended], now, 'America/New_York'))).toBe('2026-11-26T05:00:00.000Z');
  });

  it('ignores drafts: only a commit publishes them', () => {
    const next = nextChange([story('articles/draft.md', '2026-11-25T13:00:00Z', true)], now, 'America/New_York');
    expect(iso(next)).toBe('2026-11-26T05:00:00.000Z');
  });

  it('is the moment a story grows too old for the Google News sitemap', () => {
    const next = nextChange([story('articles/yesterday.md', '2026-11-23T14:00:00Z')], now, 'America/New_York');
    expect(iso(next)).toBe('2026-11-25T14:00:00.001Z');
    expect(next.reasons).toEqual(['articles/yesterday.md leaves the Google News sitemap']);
    // Older stories have left it already.
    expect(iso(nextChange([story('articles/old.md', '2026-11-20T14:00:00Z')], now, 'UTC'))).toBe(
      '2026-11-26T00:00:00.000Z',
    );
  });

  it('gives every reason due at the same moment', () => {
    const next = nextChange(
      [story('articles/a.md', '2026-11-26T05:00:00Z'), story('articles/b.md', '2026-11-26T05:00:00Z')],
      now,
      'America/New_York',
    );
    expect(next.reasons).toEqual([
      'the day changes (the front page shows the date)',
      'articles/a.md is published (embargo lifts)',
      'articles/b.md is published (embargo lifts)',
    ]);
  });
});

describe('when the editors’ front page next changes', () => {
  const now = new Date('2026-12-02T15:00:00Z');
  const { front } = parseFrontFile(
    `lead:
  story: harbor-bridge-reopens
  until: 2026-12-02T18:00:00-05:00
top:
  - story: council-passes-budget
    until: 2026-12-02 13:00
  - story: ferry-ridership-record
    until: 2026-12-02T17:00:00Z
banner:
  text: Storm warning
  until: 2026-12-02T12:00:00-05:00
`,
    'America/New_York',
  );

  it('is the moment the first entry still up expires, named as an editor would say it', () => {
    const next = nextChange([], now, 'America/New_York', front);
    expect(iso(next)).toBe('2026-12-02T17:00:00.000Z');
    expect(next.reasons).toEqual([
      'content/front.yaml: top story ferry-ridership-record expires',
      'content/front.yaml: the banner expires',
    ]);
  });

  it('names the lead, and the file where the content folder has it', () => {
    const next = nextChange([], new Date('2026-12-02T20:00:00Z'), 'America/New_York', front, 'news/front.yaml');
    expect(iso(next)).toBe('2026-12-02T23:00:00.000Z');
    expect(next.reasons).toEqual(['news/front.yaml: the lead (harbor-bridge-reopens) expires']);
  });

  it('forgets entries already expired, and entries that stay until the file changes', () => {
    const { front: noExpiry } = parseFrontFile('lead:\n  story: harbor-bridge-reopens\n', 'America/New_York');
    expect(iso(nextChange([], new Date('2026-12-02T23:00:00Z'), 'America/New_York', front))).toBe(
      '2026-12-03T05:00:00.000Z',
    );
    expect(nextChange([], now, 'America/New_York', noExpiry).reasons).toEqual([
      'the day changes (the front page shows the date)',
    ]);
  });
});

const record: ChangeRecord = {
  builtAt: '2026-11-25T12:00:00.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
  timeZone: 'America/New_York',
  nextChange: { at: '2026-11-25T13:15:00.000Z', reasons: ['articles/soon.md is published (embargo lifts)'] },
};

describe('a scheduled deploy', () => {
  const commit = record.commit!;

  it('stops when nothing has changed since the last deploy of the same commit', () => {
    expect(scheduledAction(record, commit, new Date('2026-11-25T13:14:59Z'))).toEqual({
      action: 'skip',
      why: 'nothing changes before 2026-11-25T13:15:00.000Z',
    });
  });

  it('rebuilds without re-testing once the deployed commit is due to change', () => {
    const { action, why } = scheduledAction(record, commit, new Date('2026-11-25T13:15:00Z'));
    expect(action).toBe('build');
    expect(why).toContain('articles/soon.md is published');
  });

  it('runs every check when there is no record, or one of another commit or of no commit', () => {
    const now = new Date('2026-11-25T12:30:00Z');
    expect(scheduledAction(undefined, commit, now).action).toBe('full');
    expect(scheduledAction(record, 'fedcba9876543210fedcba9876543210fedcba98', now).action).toBe('full');
    expect(scheduledAction({ ...record, commit: null }, commit, now).action).toBe('full');
  });
});

describe('reading a record', () => {
  it('reads what a build wrote', () => {
    expect(parseChangeRecord(JSON.stringify(record), 'next-change.json')).toEqual(record);
  });

  it.each([
    ['not JSON', '{', /next-change\.json is not JSON/],
    [
      'a date that is not one',
      JSON.stringify({ ...record, builtAt: 'yesterday' }),
      /next-change\.json: builtAt must be/,
    ],
    [
      'a commit that is not one',
      JSON.stringify({ ...record, commit: 'main; rm -rf /' }),
      /commit must be a Git commit id/,
    ],
    ['no next change', JSON.stringify({ ...record, nextChange: undefined }), /nextChange\.at must be/],
    [
      'reasons that are not texts',
      JSON.stringify({ ...record, nextChange: { at: record.nextChange.at, reasons: [1] } }),
      /reasons must be a list of texts/,
    ],
    ['null', 'null', /builtAt must be/],
  ])('names the file and the field for %s', (_, text, message) => {
    expect(() => parseChangeRecord(text, 'next-change.json')).toThrow(message);
  });
});
