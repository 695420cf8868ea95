import { describe, expect, it } from 'vitest';
import { buildTime, isPreview } from '../../src/env.ts';
import { unpublishedReason } from '../../src/lib/content/publishing.ts';

const now = new Date('2026-11-25T12:00:00Z');

describe('unpublishedReason', () => {
  it('publishes a story whose time has come', () => {
    expect(unpublishedReason({ draft: false, publishedAt: new Date('2026-11-25T12:00:00Z') }, now)).toBeUndefined();
  });

  it('holds back drafts, even old ones', () => {
    expect(unpublishedReason({ draft: true, publishedAt: new Date('2020-01-01') }, now)).toBe('draft');
  });

  it('embargoes a story until its publication time', () => {
    expect(unpublishedReason({ draft: false, publishedAt: new Date('2026-11-25T12:00:01Z') }, now)).toBe('embargoed');
  });
});

describe('buildTime', () => {
  it('is pinned by DATELINE_NOW', () => {
    expect(buildTime({ DATELINE_NOW: '2026-01-02T03:04:05Z' }).toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('names the variable when DATELINE_NOW is not a date', () => {
    expect(() => buildTime({ DATELINE_NOW: 'tomorrow' })).toThrow(/DATELINE_NOW.*"tomorrow"/);
  });

  it('is the wall clock otherwise', () => {
    expect(Math.abs(buildTime({}).getTime() - Date.now())).toBeLessThan(5_000);
  });
});

it('preview is on for PREVIEW=1 only', () => {
  expect(isPreview({ PREVIEW: '1' })).toBe(true);
  expect(isPreview({ PREVIEW: '0' })).toBe(false);
  expect(isPreview({})).toBe(false);
});
