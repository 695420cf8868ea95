/** Calendar parts of an instant as seen in the publication's time zone (URLs and archives use these). */
export interface CalendarDate {
  year: string;
  month: string;
  day: string;
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

/**
 * An instant as local time in a time zone with its UTC offset, e.g. "2026-11-20T08:30:00-05:00":
 * what an editor reads and writes in frontmatter.
 */
export function zonedIsoString(instant: Date, timeZone: string): string {
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
      .map((part) => [part.type, part.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.parse(`${local}Z`) - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}
