/**
 * content/front.yaml: what the editors choose for the front page, read for the build and the editor
 * tools alike. Every part is optional; with no file, an empty one, or every entry expired, the front
 * is laid out automatically (front-page.ts).
 *
 * ```yaml
 * lead:                                   # the story the front leads with
 *   story: harbor-bridge-reopens          # an article's slug, as `related:` pins name it
 *   until: 2026-12-02T18:00:00-05:00      # optional; from then on the automatic lead returns
 * top:                                    # shown first in the front's "Latest" block, in this order
 *   - story: council-passes-budget
 *     until: 2026-12-03 20:00
 *   - story: ferry-ridership-record
 * banner:                                 # shown on every page until it expires
 *   text: "Storm warning: ferry service is suspended until further notice"
 *   link: /city/2026/12/03/ferry-suspended/   # optional: a path on this site or an https:// URL,
 *                                             # or `story: <slug>` instead of `link:`
 *   until: 2026-12-03T23:00:00-05:00      # required: a banner nobody remembers to take down is worse than none
 * ```
 *
 * A time is read as frontmatter reads one (parseDateText): with "Z" or an offset it is that instant; a
 * time without one is the publication's local time; a date alone is the *start* of that day, so
 * `until: 2026-12-04` keeps an entry up through December 3. An entry stops showing at the instant its
 * `until` comes (front-page.ts, activeFront), and the scheduled deploy rebuilds then (next-change.ts).
 *
 * An entry may name a draft or an embargoed story: it takes effect once that story is published and
 * never shows it before. Whether every slug names an article at all is unknownFrontStories' question,
 * since it takes the whole newsroom. `lead:`, `top:` or `banner:` left empty means "not set".
 *
 * Every problem comes with its line, column and field, and its message names the field, so one round
 * of fixes shows them all. An entry with a problem is left out of the result (a lead whose `until` could
 * not be read must not stay up forever), but the valid entries beside it are kept.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { didYouMean } from './closest.ts';
import { parseDateText } from './dates.ts';

export interface FrontProblem {
  /** 1-based line and column of what is wrong (the key of a missing field's entry). */
  line: number;
  column: number;
  /** `lead.story`, `top[1].until`, `banner.text`; empty for a problem with the whole file (invalid YAML). */
  field: string;
  /** A whole sentence that starts with the field: what was written and what is expected. */
  message: string;
}

/** The lead, or one of the top stories. */
export interface FrontEntry {
  /** The article's slug as written: it may name no article (unknownFrontStories) or an unpublished one. */
  story: string;
  /** The instant the entry stops showing; none means until someone edits the file. */
  until?: Date;
  /** 1-based line and column of the slug, where a problem with it is shown. */
  line: number;
  column: number;
  /** Where the entry is written (`lead`, `top[2]`), for messages. */
  field: string;
}

/** Where the banner leads: a path on this site (before the site's base), an https URL, or an article by its slug. */
export type BannerLink =
  | { path: string; line: number; column: number }
  | { url: string }
  | { story: string; line: number; column: number };

export interface Banner {
  text: string;
  link?: BannerLink;
  until: Date;
  /** 1-based line of `banner:`. */
  line: number;
}

export interface FrontFile {
  lead?: FrontEntry;
  /** In the editors' order. */
  top: FrontEntry[];
  banner?: Banner;
}

/** A banner is one line across the top of every page, on phones too. */
export const BANNER_TEXT_MAX_LENGTH = 160;

export const FRONT_FILE_EXAMPLE = [
  'lead:',
  '  story: harbor-bridge-reopens',
  '  until: 2026-12-02T18:00:00-05:00',
  'top:',
  '  - story: council-passes-budget',
  'banner:',
  '  text: "Storm warning: ferry service is suspended"',
  '  link: /city/2026/12/03/ferry-suspended/',
  '  until: 2026-12-03T23:00:00-05:00',
].join('\n');

const FILE_FIELDS = ['lead', 'top', 'banner'] as const;
const ENTRY_FIELDS = ['story', 'until'] as const;
const BANNER_FIELDS = ['text', 'link', 'story', 'until'] as const;

const DATE_TIME = 'a date-time such as 2026-12-02T18:00:00-05:00 or 2026-12-02 18:00 (local time)';
const ENTRY = 'an entry such as "story: harbor-bridge-reopens", with "until:" optional';
const SLUG = "an article's slug such as harbor-bridge-reopens";
const LINK = 'a path on this site such as /city/2026/12/03/ferry-suspended/, or an https:// URL';

export function parseFrontFile(text: string, timeZone: string): { front: FrontFile; problems: FrontProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  const problems: FrontProblem[] = [];
  const front: FrontFile = { top: [] };

  const position = (node: unknown) => {
    const { line, col } = lineCounter.linePos(isNode(node) ? (node.range?.[0] ?? 0) : 0);
    return { line, column: col };
  };
  const report = (node: unknown, field: string, message: string) => problems.push({ ...position(node), field, message });
  /** What an editor wrote, quoted as the schema's messages quote it. */
  const written = (node: unknown) => {
    const value: unknown = isNode(node) ? node.toJS(document) : null;
    return value === null ? 'nothing' : JSON.stringify(value);
  };
  const expected = (node: unknown, field: string, what: string) =>
    report(node, field, `${field} must be ${what}, got ${written(node)}`);
  const isEmpty = (node: unknown) => node === null || (isScalar(node) && node.value === null);

  /** The pairs of a mapping by key; a key the file format does not know is a problem that names the nearest known one. */
  const fieldsOf = (map: YAMLMap, parent: string, known: readonly string[]) => {
    const fields = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (known.includes(key)) {
        fields.set(key, pair);
        continue;
      }
      const field = parent ? `${parent}.${key}` : key;
      const knownHere = `Known fields${parent ? ` of ${parent}` : ''}: ${known.join(', ')}.`;
      report(pair.key, field, `unknown field "${field}"${didYouMean(key, known) || '.'} ${knownHere}`);
    }
    return fields;
  };

  /** Trimmed text, or undefined after reporting why not. */
  const readText = (node: unknown, field: string, what: string): string | undefined => {
    if (!isScalar(node) || typeof node.value !== 'string') {
      expected(node, field, what);
      return undefined;
    }
    const value = node.value.trim();
    if (value === '') report(node, field, `${field} must not be empty: it must be ${what}`);
    return value === '' ? undefined : value;
  };

  const readDate = (node: unknown, field: string): Date | undefined => {
    const instant = isScalar(node) && typeof node.value === 'string' ? parseDateText(node.value, timeZone) : undefined;
    if (!instant) expected(node, field, DATE_TIME);
    return instant;
  };

  /** The lead or a top story; undefined when anything about it is wrong. */
  const readEntry = (node: unknown, field: string): FrontEntry | undefined => {
    if (!isMap(node)) {
      expected(node, field, ENTRY);
      return undefined;
    }
    const before = problems.length;
    const fields = fieldsOf(node, field, ENTRY_FIELDS);
    const storyNode = fields.get('story')?.value;
    if (storyNode === undefined) report(node, `${field}.story`, `${field}.story is required: ${SLUG}`);
    const story = storyNode === undefined ? undefined : readText(storyNode, `${field}.story`, SLUG);
    const untilNode = fields.get('until')?.value;
    const until = untilNode === undefined ? undefined : readDate(untilNode, `${field}.until`);
    if (story === undefined || problems.length > before) return undefined;
    return { story, ...(until && { until }), ...position(storyNode), field };
  };

  const readLink = (node: unknown): BannerLink | undefined => {
    const link = readText(node, 'banner.link', LINK);
    if (link === undefined) return undefined;
    // "//host/…" and "/\host/…" are another site to a browser, and a path with a space in it is a typo:
    // none of them is a path on this site.
    if (/^\/(?![/\\])\S*$/.test(link)) return { path: link, ...position(node) };
    if (/^https:\/\/\S+$/.test(link) && URL.canParse(link)) return { url: link };
    expected(node, 'banner.link', LINK);
    return undefined;
  };

  const readBanner = (pair: Pair): Banner | undefined => {
    if (!isMap(pair.value)) {
      expected(pair.value, 'banner', 'a mapping with text:, until: and optionally link: or story:');
      return undefined;
    }
    const before = problems.length;
    const fields = fieldsOf(pair.value, 'banner', BANNER_FIELDS);

    const textNode = fields.get('text')?.value;
    if (textNode === undefined) report(pair.value, 'banner.text', 'banner.text is required: what readers see in the banner');
    const text = textNode === undefined ? undefined : readText(textNode, 'banner.text', 'text');
    const length = text === undefined ? 0 : [...text].length;
    if (length > BANNER_TEXT_MAX_LENGTH) {
      const limit = `at most ${BANNER_TEXT_MAX_LENGTH} characters (a banner is one line on a phone)`;
      report(textNode, 'banner.text', `banner.text must be ${limit}, got ${length}`);
    }

    const untilNode = fields.get('until')?.value;
    if (untilNode === undefined) {
      const why = 'when the banner comes down (a banner nobody remembers to take down is worse than none)';
      report(pair.value, 'banner.until', `banner.until is required: ${DATE_TIME}, ${why}`);
    }
    const until = untilNode === undefined ? undefined : readDate(untilNode, 'banner.until');

    const linkPair = fields.get('link');
    const storyPair = fields.get('story');
    let link: BannerLink | undefined;
    if (linkPair && storyPair) {
      const second = position(linkPair.key).line > position(storyPair.key).line ? linkPair : storyPair;
      const field = second === linkPair ? 'banner.link' : 'banner.story';
      report(second.key, field, `${field}: a banner takes either link: (a path or URL) or story: (an article slug), not both`);
    } else if (linkPair) {
      link = readLink(linkPair.value);
    } else if (storyPair) {
      const story = readText(storyPair.value, 'banner.story', SLUG);
      if (story !== undefined) link = { story, ...position(storyPair.value) };
    }

    if (text === undefined || until === undefined || problems.length > before) return undefined;
    return { text, ...(link && { link }), until, line: position(pair.key).line };
  };

  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push({ line, column: col, field: '', message: `invalid YAML: ${error.message.split('\n')[0]}` });
    return { front, problems };
  }
  if (isEmpty(document.contents)) return { front, problems };
  if (!isMap(document.contents)) {
    const what = `a mapping with lead:, top: and banner: (each optional), such as:\n${FRONT_FILE_EXAMPLE}`;
    report(document.contents, '', `front.yaml must be ${what}`);
    return { front, problems };
  }

  const fields = fieldsOf(document.contents, '', FILE_FIELDS);
  const lead = fields.get('lead')?.value ?? null;
  const leadEntry = isEmpty(lead) ? undefined : readEntry(lead, 'lead');
  if (leadEntry) front.lead = leadEntry;

  const top = fields.get('top')?.value ?? null;
  if (isSeq(top)) {
    top.items.forEach((item, index) => {
      const entry = readEntry(item, `top[${index}]`);
      if (entry) front.top.push(entry);
    });
  } else if (!isEmpty(top)) {
    expected(top, 'top', 'a list of entries such as "- story: council-passes-budget"');
  }

  const bannerPair = fields.get('banner');
  const banner = bannerPair && !isEmpty(bannerPair.value) ? readBanner(bannerPair) : undefined;
  if (banner) front.banner = banner;
  return { front, problems };
}

/**
 * A banner's `link:` to a path on this site must lead to a page the site serves (`isServed`: a page,
 * an old address that redirects, a story still under embargo, a feed…), or every page links nowhere.
 */
export function unservedBannerLink(front: FrontFile, isServed: (path: string) => boolean): FrontProblem[] {
  const link = front.banner?.link;
  if (!link || !('path' in link)) return [];
  const path = link.path.replace(/[?#].*$/, '');
  if (isServed(path)) return [];
  return [
    {
      line: link.line,
      column: link.column,
      field: 'banner.link',
      message: `banner.link: "${link.path}" is no page of this site; link a section, a story (or use story: <slug>), a topic or a page`,
    },
  ];
}

/**
 * Every `story:` in the file must name an article, so a typo fails the build with the nearest slugs.
 * `slugs` are those of all article files, drafts and embargoed ones included: naming one of those is
 * legitimate, and the entry shows once the story is published.
 */
export function unknownFrontStories(front: FrontFile, slugs: readonly string[]): FrontProblem[] {
  const known = new Set(slugs);
  const link = front.banner?.link;
  const named = [
    ...(front.lead ? [front.lead] : []),
    ...front.top,
    ...(link && 'story' in link ? [{ ...link, field: 'banner' }] : []),
  ];
  return named
    .filter((entry) => !known.has(entry.story))
    .map(({ story, line, column, field }) => ({
      line,
      column,
      field: `${field}.story`,
      message: `${field}.story: no article has the slug "${story}"${didYouMean(story, slugs) || '.'} An article's slug is its file name without .md, or its "slug:" override.`,
    }));
}
