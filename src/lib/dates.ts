/** Calendar parts of an instant as seen in the publication's time zone (URLs and archives use these). */
export interface CalendarDate {
  year: string;
  month: string;
  day: string;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

export function calendarDate(instant: Date, timeZone: string): CalendarDate {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    partFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '' };
}

/** "November 20, 2026" */
export function formatDate(instant: Date, timeZone: string, locale: string): string {
  return instant.toLocaleDateString(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric' });
}

/** "November 20, 2026, 8:30 AM EST" */
export function formatDateTime(instant: Date, timeZone: string, locale: string): string {
  return instant.toLocaleString(locale, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/** "November 2026" for a month of the archive. */
export function formatMonth(year: string, month: string, locale: string): string {
  return new Date(Date.UTC(Number(year), Number(month) - 1, 15)).toLocaleDateString(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
  });
}
