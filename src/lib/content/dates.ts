/** Calendar parts of an instant as seen in the publication's time zone (URLs and archives use these). */
export interface CalendarDate {
  year: string;
  month: string;
  day: string;
}

/** A calendar day and, optionally, a time of day, read off a clock on the wall: no time zone. Months count from 1. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/**
 * Formatters are built once per locale, zone and style: building an Intl.DateTimeFormat costs far more
 * than using one, and a large site formats dates hundreds of thousands of times per build.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

export function calendarDate(instant: Date, timeZone: string): CalendarDate {
  const parts = formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** "November 20, 2026" */
export function formatDate(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(instant);
}

/** "November 20, 2026, 8:30 AM EST" */
export function formatDateTime(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(instant);
}

/** "November 2026" for a month of the archive. */
export function formatMonth(year: string, month: string, locale: string): string {
  return formatter(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(Date.UTC(Number(year), Number(month) - 1, 15)));
}

/** The wall-clock reading of an instant in a time zone, to the second, as numbers. */
function wallClockAt(instant: number, timeZone: string): Required<WallClock> {
  const parts = Object.fromEntries(
    formatter('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: 0,
  };
}

/** A wall-clock reading as milliseconds since the epoch, as if it were UTC (years before 100 included). */
function asUtc({ year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 }: WallClock): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second, millisecond));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** How far a time zone's clocks are ahead of UTC at an instant, in milliseconds (negative west of Greenwich). */
function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallClockAt(instant, timeZone)) - Math.floor(instant / 1000) * 1000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * An instant as local time in a time zone with its UTC offset, e.g. "2026-11-20T08:30:00-05:00":
 * what an editor reads and writes in frontmatter.
 */
export function zonedIsoString(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant.getTime(), timeZone);
  const local = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  const offsetMinutes = Math.round(offsetAt(instant.getTime(), timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock reading names in a time zone, as Temporal's "compatible" rule reads it: a
 * time the clocks skip when they spring forward counts from the offset before the change (02:30 on the
 * night New York springs forward is 03:30 EDT), and a time they show twice when they fall back is the
 * first of the two. So midnight, even where the clocks skip or repeat it, is always the day's first instant.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): Date {
  const local = asUtc(wall);
  // The offsets a day either side: any change of offset near this reading lies between them.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const readings = [local - before, local - after].filter((instant) => offsetAt(instant, timeZone) === local - instant);
  return new Date(readings.length > 0 ? Math.min(...readings) : local - before);
}

/** The first instant of a calendar day in a time zone: midnight there (2024-03-05 in New York is 05:00 UTC). */
export function startOfDay(year: number, month: number, day: number, timeZone: string): Date {
  return instantOfWallClock({ year, month, day }, timeZone);
}

/**
 * What editors write for a date in frontmatter: a day, optionally a time of day (seconds and fractions
 * optional, after "T" or a space), optionally "Z" or a UTC offset ("-05:00", "+0530", "-5": the forms
 * YAML timestamps allow).
 */
const DATE_TEXT =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?(?:[ \t]*(?:([Zz])|([+-])(\d\d?)(?::?(\d\d))?))?)?$/;

const daysInMonth = (year: number, month: number) => new Date(asUtc({ year, month: month + 1, day: 0 })).getUTCDate();

/**
 * The instant an editor's date text names. A date alone ("2024-03-05") is the start of that day in
 * `timeZone`, and a time without a zone ("2024-03-05 10:00", "2024-03-05T10:00:00") is that local time
 * there: an editor means the publication's calendar and clock. A time with "Z" or an offset is that
 * instant wherever the site is. Undefined for any other text, and for days and times no clock shows
 * (2024-02-30, 24:00).
 */
export function parseDateText(text: string, timeZone: string): Date | undefined {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, utc, sign, offsetHours, offsetMinutes] = match;
  const wall: Required<WallClock> = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: Number((fraction ?? '').slice(0, 3).padEnd(3, '0')),
  };
  const offset = sign ? (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0)) * (sign === '-' ? -1 : 1) : 0;
  if (
    wall.month < 1 ||
    wall.month > 12 ||
    wall.day < 1 ||
    wall.day > daysInMonth(wall.year, wall.month) ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59 ||
    Math.abs(offset) >= 24 * 60 ||
    Number(offsetMinutes ?? 0) > 59
  )
    return undefined;
  if (utc || sign) return new Date(asUtc(wall) - offset * 60_000);
  return instantOfWallClock(wall, timeZone);
}
