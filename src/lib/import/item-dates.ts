/**
 * When a WordPress item was published and last modified. WXR gives each date twice: as the site's wall
 * clock (`wp:post_date`, in the time zone WordPress was set to) and in UTC (`wp:post_date_gmt`). The UTC
 * one is the instant itself; a draft has none (`0000-00-00 00:00:00`), and then the wall clock is read
 * in the publication's time zone, the zone Dateline reads every date without one in.
 */
import { parseDateText } from '../content/dates.ts';

const UNSET = /^0000-00-00/;
const WXR_DATE = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/;

function utcInstant(text: string): Date | undefined {
  const match = WXR_DATE.exec(text.trim());
  if (!match || UNSET.test(text)) return undefined;
  const instant = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** The instant an item's pair of dates names; undefined when neither is a date. */
export function itemInstant(local: string, gmt: string, timeZone: string): Date | undefined {
  const fromGmt = utcInstant(gmt);
  if (fromGmt) return fromGmt;
  if (!WXR_DATE.test(local.trim()) || UNSET.test(local)) return undefined;
  return parseDateText(local.trim(), timeZone);
}
