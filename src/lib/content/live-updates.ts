import { decodeHTML } from 'entities';
import { parseDateText, zonedIsoString } from './dates.ts';

/**
 * Live coverage (`type: live`): one Markdown file that editors keep appending to. Whatever comes before
 * the first update is the intro ("What we know so far…"), shown above the updates; each update opens
 * with a level-2 heading that is nothing but its time, optionally followed by the author's id:
 *
 * ```markdown
 * What we know so far: the ferry terminal is closed and the bridge is down to one lane.
 *
 * ## 2026-12-02 09:10
 * The ferry terminal is closed …
 *
 * ## 2026-12-02T09:45:00-05:00 by amara-okafor
 * Officials say …
 * ```
 *
 * The time is written as in frontmatter (see `parseDateText`): a date and a time of day, in the
 * publication's time zone unless it carries "Z" or an offset. A date alone is not an update time. The
 * author id is an author's file name (`amara-okafor`). Any other `##` heading (one that does not open
 * with a date such as "2026-12-02") is an ordinary heading inside the intro or an update, and headings
 * in fenced code blocks or HTML comments are not headings at all. Updates are appended, so the file
 * reads oldest first; the page shows them newest first (rehype-live-updates.ts), each at an anchor made
 * from its instant, so a link to one keeps working however many updates come after it.
 *
 * This reads the raw body with plain line scanning, no Markdown parser: the build runs it on every live
 * story of the archive to check the updates and to give each its structured data.
 */

export interface LiveUpdate {
  /** `update-20261202t144500z`: the instant in UTC; a second update at the same instant gets `-2`, and so on. */
  anchor: string;
  time: Date;
  /** The author's id as written after "by"; the page looks up the name. */
  author?: string;
  /** The 1-based line of the update's heading in the body. */
  line: number;
  /** The update's first paragraph as plain text, at most SUMMARY_LENGTH characters: its headline in structured data. */
  summary: string;
}

export interface LiveUpdateProblem {
  line: number;
  message: string;
}

/** What an update heading says: its time and, when one is given, its author. */
export interface UpdateHeading {
  time: Date;
  author?: string;
}

const EXPECTED_HEADING =
  'an update heading must be "## <date and time>" or "## <date and time> by <author id>", such as "## 2026-12-02 14:05 by amara-okafor"';

/** Where a heading opens like a date ("2026-12-0…"), the editor meant an update: "## 2026 in review" did not. */
const LOOKS_LIKE_A_DATE = /^\d{4}-\d\d?-/;

/** An author id is an author's file name: lowercase words joined by single hyphens. */
const AUTHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** " by " splits the time from the author; nothing a date-time can contain looks like it. */
const BY = /[ \t]+by(?:[ \t]+|$)/;

/** A date with no time of day after it, which parseDateText accepts as midnight but an update cannot mean. */
const DATE_ONLY = /^\d{4}-\d\d?-\d\d?$/;

/**
 * Reads the text of a level-2 heading: an update's time and author, `{ problem }` when it opens like a
 * date but is not a valid update heading, or undefined for an ordinary heading. The Markdown pass calls
 * this on the heading's text as rendered, so it must read the same after the typography pass (which
 * leaves single hyphens, digits and colons alone).
 */
export function readUpdateHeading(text: string, timeZone: string): UpdateHeading | { problem: string } | undefined {
  const heading = text.trim();
  if (!LOOKS_LIKE_A_DATE.test(heading)) return undefined;
  const by = BY.exec(heading);
  const dateText = by ? heading.slice(0, by.index) : heading;
  const time = parseDateText(dateText, timeZone);
  if (!time) return { problem: `${EXPECTED_HEADING}; got "## ${heading}"` };
  if (DATE_ONLY.test(dateText.trim())) {
    return {
      problem: `an update heading needs a time of day after the date, such as "## ${dateText.trim()} 14:05"; got "## ${heading}"`,
    };
  }
  if (!by) return { time };
  const author = heading.slice(by.index + by[0].length).trim();
  if (!AUTHOR_ID.test(author)) {
    return {
      problem: `after "by", an update heading needs an author id (lowercase letters, digits and hyphens, such as "amara-okafor"); got "## ${heading}"`,
    };
  }
  return { time, author };
}

/** `update-20261202t144500z`, with milliseconds only when the time has them. */
function anchorFor(time: Date): string {
  const iso = time.toISOString(); // 2026-12-02T14:45:00.000Z
  const milliseconds = iso.slice(20, 23) === '000' ? '' : iso.slice(20, 23);
  return `update-${iso.slice(0, 19).replace(/[-:]/g, '')}${milliseconds}z`.toLowerCase();
}

/**
 * Gives each update, in file order, its anchor: the same instant twice gets `-2`, then `-3`. The reader
 * and the Markdown pass both number updates through this, so the page's anchors match structured data.
 */
export function updateAnchors(): (time: Date) => string {
  const seen = new Map<string, number>();
  return (time) => {
    const anchor = anchorFor(time);
    const count = (seen.get(anchor) ?? 0) + 1;
    seen.set(anchor, count);
    return count === 1 ? anchor : `${anchor}-${count}`;
  };
}

/** An ATX heading of level 2 (up to three spaces in), its text without a closing run of #s. */
const LEVEL_2_HEADING = /^ {0,3}##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const ANY_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const COMMENT_OPENING = /^ {0,3}<!--/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BLANK = /^[ \t]*$/;

/** The parts of a body's lines that Markdown reads as text: outside fenced code and HTML comments. */
type LineKind = 'text' | 'code' | 'comment';

/** Classifies each line of a body: a fence's own lines count as code, a comment's opening and closing lines as comment. */
function lineKinds(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = [];
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  for (const line of lines) {
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (closing && closing[1]![0] === fence.char && closing[1]!.length >= fence.length) fence = undefined;
      kinds.push('code');
    } else if (inComment) {
      inComment = !line.includes('-->');
      kinds.push('comment');
    } else {
      const opening = FENCE_OPENING.exec(line);
      // A backtick fence's info string cannot hold a backtick: "```a```" is inline code, not a fence.
      if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
        fence = { char: opening[1]![0]!, length: opening[1]!.length };
        kinds.push('code');
      } else if (COMMENT_OPENING.test(line)) {
        inComment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
        kinds.push('comment');
      } else {
        kinds.push('text');
      }
    }
  }
  return kinds;
}

const SUMMARY_LENGTH = 200;

/** Backslash-escaped punctuation is set aside as private-use characters while the Markdown around it is stripped. */
const ESCAPE_BASE = 0xe000;

/** A paragraph's Markdown as plain text: images dropped, links to their text, emphasis, code marks and tags removed. */
function plainText(markdown: string): string {
  return decodeHTML(
    markdown
      .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)))
      .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?/g, '')
      .replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]*)>/gi, '$1')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/`+/g, '')
      .replace(/\*+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ''),
  )
    .replace(/[\uE000-\uE07F]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text to at most SUMMARY_LENGTH characters at a word boundary, ending with "…". */
function shorten(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const room = text.slice(0, SUMMARY_LENGTH - 1);
  const wordEnd = room.lastIndexOf(' ');
  // One enormous "word" (a long URL) is cut where it must be rather than leaving nothing.
  const cut = wordEnd > SUMMARY_LENGTH / 2 ? room.slice(0, wordEnd) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** The first paragraph with any text in lines [start, end), skipping code, comments, headings, rules and image-only lines. */
function summaryOf(lines: readonly string[], kinds: readonly LineKind[], start: number, end: number): string {
  let index = start;
  while (index < end) {
    const paragraph: string[] = [];
    while (index < end) {
      const line = lines[index]!;
      const opensBlock = kinds[index] !== 'text' || ANY_HEADING.test(line) || THEMATIC_BREAK.test(line);
      if (BLANK.test(line) || (opensBlock && paragraph.length > 0)) break;
      index += 1;
      if (opensBlock) continue;
      // Quote and list markers are not part of the text.
      paragraph.push(line.replace(/^(?:[ \t]*>)+[ \t]?/, '').replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, ''));
    }
    const text = plainText(paragraph.join('\n'));
    if (text) return shorten(text);
    if (paragraph.length === 0) index += 1;
  }
  return '';
}

/**
 * The updates of a live story's body, in file order (oldest first, as appended), and what is wrong with
 * them: headings that open like an update time but are not one, updates that go back in time, and
 * updates with nothing under their heading. A heading that is not a valid update heading does not start
 * an update (the page shows it as an ordinary heading), so its text stays with the update above it.
 */
export function readLiveUpdates(
  markdown: string,
  timeZone: string,
): { updates: LiveUpdate[]; problems: LiveUpdateProblem[] } {
  const lines = markdown.split(/\r\n|\r|\n/);
  const kinds = lineKinds(lines);
  const anchorOf = updateAnchors();
  const updates: LiveUpdate[] = [];
  const problems: LiveUpdateProblem[] = [];
  // Where each update's lines start and end, for its summary and the empty check.
  const spans: { start: number; end: number }[] = [];
  lines.forEach((line, index) => {
    if (kinds[index] !== 'text') return;
    const heading = LEVEL_2_HEADING.exec(line);
    if (!heading) return;
    const read = readUpdateHeading(heading[1] ?? '', timeZone);
    if (!read) return;
    if ('problem' in read) {
      problems.push({ line: index + 1, message: read.problem });
      return;
    }
    const previous = updates.at(-1);
    if (previous && read.time < previous.time) {
      problems.push({
        line: index + 1,
        message: `updates are appended in time order: this update at ${zonedIsoString(read.time, timeZone)} is earlier than the one above it at ${zonedIsoString(previous.time, timeZone)}`,
      });
    }
    if (spans.length > 0) spans.at(-1)!.end = index;
    spans.push({ start: index + 1, end: lines.length });
    updates.push({ anchor: anchorOf(read.time), ...read, line: index + 1, summary: '' });
  });
  updates.forEach((update, position) => {
    const { start, end } = spans[position]!;
    const hasContent = lines.slice(start, end).some((line, offset) => kinds[start + offset] !== 'comment' && !BLANK.test(line));
    if (!hasContent) {
      problems.push({
        line: update.line,
        message: `this update has nothing under its heading "${lines[update.line - 1]!.trim()}": write the update below it, or remove the heading`,
      });
    }
    update.summary = summaryOf(lines, kinds, start, end);
  });
  problems.sort((a, b) => a.line - b.line);
  return { updates, problems };
}

/** The ids of the authors a live story's updates name, each once. */
export const updateAuthorIds = (story: { live?: { updates: readonly { author?: string }[] } }): string[] => [
  ...new Set((story.live?.updates ?? []).flatMap((update) => (update.author ? [update.author] : []))),
];

/** The author element rehype-live-updates.ts writes, holding the id it cannot name. */
const UPDATE_AUTHOR = /<span class="live-update__author" data-author="([a-z0-9-]+)">[a-z0-9-]+<\/span>/g;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[character]};`);

/**
 * A live story's HTML with each update's author named and linked to their page: the render workers that
 * made the HTML know only the ids, and the names are the newsroom's current ones.
 */
export function withUpdateAuthors(html: string, author: (id: string) => { name: string; href: string } | undefined): string {
  return html.replace(UPDATE_AUTHOR, (element, id: string) => {
    const known = author(id);
    return known
      ? `<span class="live-update__author">by <a href="${escapeHtml(known.href)}">${escapeHtml(known.name)}</a></span>`
      : element;
  });
}
