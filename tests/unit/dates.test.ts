import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  formatDate,
  instantOfWallClock,
  parseDateText,
  startOfDay,
  zonedIsoString,
} from '../../src/lib/content/dates.ts';
import { articlePath } from '../../src/lib/urls/permalink.ts';

describe('startOfDay', () => {
  it.each([
    // West of UTC, either side of the change to and from daylight saving time.
    ['America/New_York', '2024-03-05', '2024-03-05T05:00:00.000Z'],
    ['America/New_York', '2024-03-10', '2024-03-10T05:00:00.000Z'],
    ['America/New_York', '2024-03-11', '2024-03-11T04:00:00.000Z'],
    ['America/New_York', '2024-07-01', '2024-07-01T04:00:00.000Z'],
    ['America/New_York', '2024-11-03', '2024-11-03T04:00:00.000Z'],
    ['America/New_York', '2024-11-04', '2024-11-04T05:00:00.000Z'],
    ['Pacific/Pago_Pago', '2024-03-05', '2024-03-05T11:00:00.000Z'],
    // East of UTC: the day starts on the day before in UTC.
    ['Asia/Tokyo', '2024-03-05', '2024-03-04T15:00:00.000Z'],
    ['Asia/Kolkata', '2024-03-05', '2024-03-04T18:30:00.000Z'],
    ['Pacific/Kiritimati', '2024-03-05', '2024-03-04T10:00:00.000Z'],
    ['Europe/London', '2024-03-31', '2024-03-31T00:00:00.000Z'],
    ['Europe/London', '2024-04-01', '2024-03-31T23:00:00.000Z'],
    ['UTC', '2024-03-05', '2024-03-05T00:00:00.000Z'],
  ])('in %s, %s starts at %s', (timeZone, day, expected) => {
    const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
    const start = startOfDay(year, month, dayOfMonth, timeZone);
    expect(start.toISOString()).toBe(expected);
    expect(zonedIsoString(start, timeZone)).toMatch(new RegExp(`^${day}T00:00:00[+-]\\d\\d:\\d\\d$`));
  });

  it('writes midnight with the offset in force that day', () => {
    expect(zonedIsoString(startOfDay(2024, 3, 10, 'America/New_York'), 'America/New_York')).toBe(
      '2024-03-10T00:00:00-05:00',
    );
    expect(zonedIsoString(startOfDay(2024, 7, 1, 'America/New_York'), 'America/New_York')).toBe(
      '2024-07-01T00:00:00-04:00',
    );
    expect(zonedIsoString(startOfDay(2024, 3, 5, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe('2024-03-05T00:00:00+09:00');
    expect(zonedIsoString(startOfDay(2024, 3, 5, 'Pacific/Kiritimati'), 'Pacific/Kiritimati')).toBe(
      '2024-03-05T00:00:00+14:00',
    );
    expect(zonedIsoString(startOfDay(2024, 3, 5, 'Pacific/Pago_Pago'), 'Pacific/Pago_Pago')).toBe(
      '2024-03-05T00:00:00-11:00',
    );
  });

  it('starts a day whose midnight the clocks skip at the first time they show', () => {
    // Chile springs forward at midnight: September 8, 2024 begins at 01:00 -03:00.
    expect(zonedIsoString(startOfDay(2024, 9, 8, 'America/Santiago'), 'America/Santiago')).toBe(
      '2024-09-08T01:00:00-03:00',
    );
  });
});

describe('instantOfWallClock', () => {
  it('reads a time the clocks skip as if they had not changed yet', () => {
    const skipped = instantOfWallClock({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, 'America/New_York');
    expect(zonedIsoString(skipped, 'America/New_York')).toBe('2024-03-10T03:30:00-04:00');
  });

  it('reads a time the clocks show twice as the first of the two', () => {
    const repeated = instantOfWallClock({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, 'America/New_York');
    expect(zonedIsoString(repeated, 'America/New_York')).toBe('2024-11-03T01:30:00-04:00');
  });
});

describe('parseDateText', () => {
  const newYork = (text: string) => parseDateText(text, 'America/New_York')?.toISOString();

  it('reads a date without a time as that day in the publication time zone, URL and page alike', () => {
    const published = parseDateText('2024-03-05', 'America/New_York')!;
    expect(published.toISOString()).toBe('2024-03-05T05:00:00.000Z');
    expect(calendarDate(published, 'America/New_York')).toEqual({ year: '2024', month: '03', day: '05' });
    expect(articlePath({ section: 'city', slug: 'budget', publishedAt: published }, 'America/New_York')).toBe(
      '/city/2024/03/05/budget/',
    );
    expect(formatDate(published, 'America/New_York', 'en-US')).toBe('March 5, 2024');
    expect(formatDate(parseDateText('2024-03-05', 'Asia/Tokyo')!, 'Asia/Tokyo', 'en-US')).toBe('March 5, 2024');
  });

  it('reads a time without a zone as local time in the publication time zone', () => {
    expect(newYork('2024-03-05 10:00')).toBe('2024-03-05T15:00:00.000Z');
    expect(newYork('2024-03-05T10:00:00')).toBe('2024-03-05T15:00:00.000Z');
    expect(newYork('2024-07-01t10:00:00.5')).toBe('2024-07-01T14:00:00.500Z');
    expect(parseDateText('2024-03-05T10:00', 'Asia/Tokyo')?.toISOString()).toBe('2024-03-05T01:00:00.000Z');
  });

  it('reads a time with Z or an offset as that instant, whatever the time zone', () => {
    expect(newYork('2024-03-05T10:00:00Z')).toBe('2024-03-05T10:00:00.000Z');
    expect(newYork('2026-11-20T08:30:00-05:00')).toBe('2026-11-20T13:30:00.000Z');
    expect(newYork('2024-03-05T10:00:00+0530')).toBe('2024-03-05T04:30:00.000Z');
    // The YAML 1.1 forms: a space before the zone, an hour-only offset, a fraction beyond milliseconds.
    expect(newYork('2001-12-14 21:59:43.10 -5')).toBe('2001-12-15T02:59:43.100Z');
    expect(newYork('2024-03-05T10:00:00.123456Z')).toBe('2024-03-05T10:00:00.123Z');
  });

  it('refuses text that is no date, and days and times no clock shows', () => {
    for (const text of ['last Tuesday', 'March 5, 2024', '2024-02-30', '2023-02-29', '2024-13-01', '2024-03-05T24:00'])
      expect(newYork(text), text).toBeUndefined();
    expect(newYork('2024-02-29')).toBe('2024-02-29T05:00:00.000Z');
  });
});
