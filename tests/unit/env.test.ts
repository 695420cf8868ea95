import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/env.ts';

describe('readEnv', () => {
  it('builds the sample newsroom into dist/ at the wall clock when nothing is set', () => {
    const { now, ...rest } = readEnv({});
    expect(rest).toEqual({ contentDir: resolve('content'), outDir: 'dist', siteUrl: undefined, preview: false });
    expect(Math.abs(now.getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('reads every variable of the README table', () => {
    expect(
      readEnv({
        CONTENT_DIR: 'tests/fixtures/lint',
        OUT_DIR: '/tmp/site',
        SITE_URL: 'https://news.example.org/',
        DATELINE_NOW: '2026-11-25T12:00:00Z',
        PREVIEW: 'true',
      }),
    ).toEqual({
      contentDir: resolve('tests/fixtures/lint'),
      outDir: '/tmp/site',
      siteUrl: 'https://news.example.org/',
      now: new Date('2026-11-25T12:00:00Z'),
      preview: true,
    });
  });

  it('treats an empty CONTENT_DIR, OUT_DIR or DATELINE_NOW as unset', () => {
    const read = readEnv({ CONTENT_DIR: '', OUT_DIR: '', DATELINE_NOW: '' });
    expect([read.contentDir, read.outDir]).toEqual([resolve('content'), 'dist']);
    expect(Math.abs(read.now.getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('stops on a DATELINE_NOW that is not a date, quoting it', () => {
    expect(() => readEnv({ DATELINE_NOW: 'tomorrow' })).toThrow(
      'DATELINE_NOW must be an ISO 8601 date-time such as 2026-11-25T12:00:00Z, got "tomorrow"',
    );
  });

  it.each(['', '   ', '\n'])(
    'treats a SITE_URL of %j as unset, as the deploy workflow passes an unset variable',
    (url) => {
      expect(readEnv({ SITE_URL: url }).siteUrl).toBeUndefined();
    },
  );

  it.each([
    ['https://news.example.org', 'https://news.example.org'],
    ['https://news.example.org/', 'https://news.example.org/'],
    ['http://localhost:4321', 'http://localhost:4321'],
    ['https://example.org/news/', 'https://example.org/news/'],
    [' https://news.example.org \n', 'https://news.example.org'],
  ])('accepts the SITE_URL %j as %j', (url, expected) => {
    expect(readEnv({ SITE_URL: url }).siteUrl).toBe(expected);
  });

  it.each([
    'news.example.org',
    'ftp://news.example.org',
    'https://',
    'https:news.example.org',
    'https://news example.org',
    'https://news.example.org/?edition=uk',
    'https://news.example.org/#top',
    'https://news.example.org?',
  ])('stops on the SITE_URL %j, saying what is expected', (url) => {
    expect(() => readEnv({ SITE_URL: url })).toThrow(
      `SITE_URL must be an absolute http(s) URL such as https://news.example.org or https://user.github.io/news/, got "${url}"`,
    );
  });
});
