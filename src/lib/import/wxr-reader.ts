/**
 * Reads a WordPress export (WXR, the file of Tools → Export) as a stream of records: the site, then its
 * authors, categories, tags and terms, then one record per item (post, page, attachment, revision…).
 * It never holds more than one item: an archive's export runs to hundreds of megabytes. The XML is
 * parsed by saxes, a streaming parser, fed the chunks the caller reads; anything that is not a complete
 * WXR 1.1 or 1.2 document is a WxrError that says where and what, before the caller has written anything
 * from the records that follow (callers read the whole export once before writing).
 */
import { SaxesParser, type SaxesTag } from 'saxes';

/** The versions of the format this reader knows: WordPress 3.1 (1.1) and 3.4 onwards (1.2). */
export const WXR_VERSIONS = ['1.1', '1.2'] as const;

export interface WxrSite {
  title: string;
  /** The site's home URL: what its permalinks start with. */
  link: string;
  /** Where WordPress itself is installed (`wp:base_site_url`): what upload URLs start with. */
  baseSiteUrl: string;
  /** The home URL again (`wp:base_blog_url`), in exports that have it. */
  baseBlogUrl: string;
  language: string;
  version: string;
}

export interface WxrAuthor {
  id: number;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrCategory {
  termId: number;
  nicename: string;
  /** The parent category's nicename, empty at the top. */
  parent: string;
  name: string;
  description: string;
}

export interface WxrTag {
  termId: number;
  slug: string;
  name: string;
}

/** A term of any other taxonomy (`wp:term`): Co-Authors Plus bylines, post formats, navigation menus… */
export interface WxrTerm {
  termId: number;
  taxonomy: string;
  slug: string;
  parent: string;
  name: string;
  description: string;
}

/** A term an item is filed under: `<category domain="post_tag" nicename="harbor">Harbor</category>`. */
export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  /** The line of the export the item starts at, for messages. */
  line: number;
  title: string;
  link: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  /** `wp:post_id`; NaN when the item has none. */
  id: number;
  postDate: string;
  postDateGmt: string;
  postModified: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  parent: number;
  menuOrder: number;
  postType: string;
  password: string;
  isSticky: boolean;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  /** `wp:postmeta` in order: a key may come more than once (`_wp_old_slug`). */
  meta: { key: string; value: string }[];
  comments: number;
}

export type WxrRecord =
  | { kind: 'site'; site: WxrSite }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; category: WxrCategory }
  | { kind: 'tag'; tag: WxrTag }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem };

/** Why an export cannot be read: one line that names the file and, where it helps, the line in it. */
export class WxrError extends Error {
  override name = 'WxrError';
}

/** The first value of a meta key, or undefined. */
export const metaValue = (item: Pick<WxrItem, 'meta'>, key: string): string | undefined =>
  item.meta.find((entry) => entry.key === key)?.value;

const encoder = new TextEncoder();
const detachingDecoder = new TextDecoder();

/**
 * A copy of a short string that shares no memory with the chunk of the file it was read from. The parser's
 * strings are slices of the chunks it was fed, and a slice keeps its whole chunk alive: a title kept for the
 * plan would keep a megabyte of the export in memory, and the plan keeps a title of every post.
 */
const detach = (text: string): string => (text.length === 0 ? '' : detachingDecoder.decode(encoder.encode(text)));

const integer = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

function emptyItem(line: number): WxrItem {
  return {
    line,
    title: '',
    link: '',
    creator: '',
    guid: '',
    content: '',
    excerpt: '',
    id: Number.NaN,
    postDate: '',
    postDateGmt: '',
    postModified: '',
    postModifiedGmt: '',
    postName: '',
    status: '',
    parent: 0,
    menuOrder: 0,
    postType: '',
    password: '',
    isSticky: false,
    attachmentUrl: '',
    terms: [],
    meta: [],
    comments: 0,
  };
}

/** What to do with the text of an item's child element. */
const ITEM_FIELDS: Record<string, (item: WxrItem, text: string) => void> = {
  title: (item, text) => (item.title = text),
  link: (item, text) => (item.link = text.trim()),
  'dc:creator': (item, text) => (item.creator = text.trim()),
  guid: (item, text) => (item.guid = text.trim()),
  'content:encoded': (item, text) => (item.content = text),
  'excerpt:encoded': (item, text) => (item.excerpt = text),
  'wp:post_id': (item, text) => (item.id = integer(text)),
  'wp:post_date': (item, text) => (item.postDate = text.trim()),
  'wp:post_date_gmt': (item, text) => (item.postDateGmt = text.trim()),
  'wp:post_modified': (item, text) => (item.postModified = text.trim()),
  'wp:post_modified_gmt': (item, text) => (item.postModifiedGmt = text.trim()),
  'wp:post_name': (item, text) => (item.postName = text.trim()),
  'wp:status': (item, text) => (item.status = text.trim()),
  'wp:post_parent': (item, text) => (item.parent = integer(text) || 0),
  'wp:menu_order': (item, text) => (item.menuOrder = integer(text) || 0),
  'wp:post_type': (item, text) => (item.postType = text.trim()),
  'wp:post_password': (item, text) => (item.password = text),
  'wp:is_sticky': (item, text) => (item.isSticky = text.trim() === '1'),
  'wp:attachment_url': (item, text) => (item.attachmentUrl = text.trim()),
};

/** The elements of the channel's head that describe the site. */
const SITE_FIELDS: Record<string, keyof Omit<WxrSite, 'version'> | 'version'> = {
  title: 'title',
  link: 'link',
  language: 'language',
  'wp:base_site_url': 'baseSiteUrl',
  'wp:base_blog_url': 'baseBlogUrl',
  'wp:wxr_version': 'version',
};

/** The channel's lists of people and terms: element → its record, built from its children's text. */
const CHANNEL_RECORDS: Record<string, (fields: Record<string, string>) => WxrRecord> = {
  'wp:author': (f) => ({
    kind: 'author',
    author: {
      id: integer(f['wp:author_id'] ?? ''),
      login: (f['wp:author_login'] ?? '').trim(),
      email: (f['wp:author_email'] ?? '').trim(),
      displayName: (f['wp:author_display_name'] ?? '').trim(),
      firstName: (f['wp:author_first_name'] ?? '').trim(),
      lastName: (f['wp:author_last_name'] ?? '').trim(),
    },
  }),
  'wp:category': (f) => ({
    kind: 'category',
    category: {
      termId: integer(f['wp:term_id'] ?? ''),
      nicename: (f['wp:category_nicename'] ?? '').trim(),
      parent: (f['wp:category_parent'] ?? '').trim(),
      name: (f['wp:cat_name'] ?? '').trim(),
      description: (f['wp:category_description'] ?? '').trim(),
    },
  }),
  'wp:tag': (f) => ({
    kind: 'tag',
    tag: {
      termId: integer(f['wp:term_id'] ?? ''),
      slug: (f['wp:tag_slug'] ?? '').trim(),
      name: (f['wp:tag_name'] ?? '').trim(),
    },
  }),
  'wp:term': (f) => ({
    kind: 'term',
    term: {
      termId: integer(f['wp:term_id'] ?? ''),
      taxonomy: (f['wp:term_taxonomy'] ?? '').trim(),
      slug: (f['wp:term_slug'] ?? '').trim(),
      parent: (f['wp:term_parent'] ?? '').trim(),
      name: (f['wp:term_name'] ?? '').trim(),
      description: (f['wp:term_description'] ?? '').trim(),
    },
  }),
};

/**
 * The records of an export, read from its chunks (bytes or text, UTF-8 as WordPress writes it).
 * `source` names the file in errors.
 */
export async function* readWxr(
  chunks: AsyncIterable<string | Uint8Array>,
  source: string,
): AsyncGenerator<WxrRecord, void, undefined> {
  const parser = new SaxesParser({ position: true });
  const decoder = new TextDecoder('utf-8');
  const ready: WxrRecord[] = [];
  const stack: { name: string; line: number }[] = [];
  const site: WxrSite = { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', language: '', version: '' };
  let siteAnnounced = false;
  let sawRoot = false;
  let sawChannel = false;
  let text: string[] = [];
  let item: WxrItem | undefined;
  let record: Record<string, string> | undefined;
  let meta: { key: string; value: string } | undefined;
  let term: WxrItemTerm | undefined;
  let sawAny = false;

  const fail = (message: string): never => {
    throw new WxrError(`${source}: ${message}`);
  };

  /** The site is complete when the channel's first list (authors, terms, items) or its end is reached: check it is an export we can read. */
  const announceSite = () => {
    if (siteAnnounced) return;
    siteAnnounced = true;
    if (!site.version)
      fail(
        'is not a WordPress export (WXR): its <channel> has no <wp:wxr_version>; export the site again with Tools → Export',
      );
    if (!(WXR_VERSIONS as readonly string[]).includes(site.version))
      fail(
        `is WXR version ${site.version}, which this importer does not know (it reads ${WXR_VERSIONS.join(' and ')}); export the site again with a current WordPress`,
      );
    ready.push({ kind: 'site', site: { ...site } });
  };

  parser.on('opentag', (tag: SaxesTag) => {
    const parent = stack.at(-1)?.name;
    const depth = stack.length;
    stack.push({ name: tag.name, line: parser.line });
    text = [];
    if (depth === 0) {
      sawRoot = true;
      if (tag.name.toLowerCase() === 'html')
        fail(
          'is not a WordPress export (WXR): it is an HTML page (a login or error page?), not the file Tools → Export downloads',
        );
      if (tag.name !== 'rss')
        fail(`is not a WordPress export (WXR): it is XML whose root element is <${tag.name}>, expected <rss>`);
      return;
    }
    if (depth === 1 && tag.name === 'channel') sawChannel = true;
    if (parent === 'channel' && tag.name === 'item') {
      announceSite();
      item = emptyItem(parser.line);
    } else if (parent === 'channel' && tag.name in CHANNEL_RECORDS) {
      announceSite();
      record = {};
    } else if (item && parent === 'item' && tag.name === 'wp:postmeta') {
      meta = { key: '', value: '' };
    } else if (item && parent === 'item' && tag.name === 'category') {
      term = {
        domain: detach(String(tag.attributes.domain ?? 'category')),
        nicename: detach(String(tag.attributes.nicename ?? '')),
        name: '',
      };
    } else if (item && parent === 'item' && tag.name === 'wp:comment') {
      item.comments += 1;
    }
  });

  const onText = (value: string) => {
    text.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag: SaxesTag) => {
    stack.pop();
    const parent = stack.at(-1)?.name;
    const joined = text.length === 1 ? text[0]! : text.join('');
    // A body is let go with its item; everything else may be kept for the whole export.
    const value = tag.name === 'content:encoded' ? joined : detach(joined);
    text = [];
    if (parent === 'channel') {
      if (tag.name === 'item' && item) {
        ready.push({ kind: 'item', item });
        item = undefined;
      } else if (tag.name in CHANNEL_RECORDS && record) {
        ready.push(CHANNEL_RECORDS[tag.name]!(record));
        record = undefined;
      } else if (tag.name in SITE_FIELDS && !siteAnnounced) {
        site[SITE_FIELDS[tag.name]!] = value.trim();
      }
    } else if (parent === 'item' && item) {
      if (tag.name === 'wp:postmeta' && meta) {
        if (meta.key) item.meta.push(meta);
        meta = undefined;
      } else if (tag.name === 'category' && term) {
        item.terms.push({ ...term, name: value.trim() });
        term = undefined;
      } else {
        ITEM_FIELDS[tag.name]?.(item, value);
      }
    } else if (parent === 'wp:postmeta' && meta) {
      if (tag.name === 'wp:meta_key') meta.key = value.trim();
      else if (tag.name === 'wp:meta_value') meta.value = value;
    } else if (parent && parent in CHANNEL_RECORDS && record) {
      record[tag.name] = value;
    } else if (tag.name === 'channel') {
      announceSite();
    }
  });

  const write = (chunk: string) => {
    try {
      parser.write(chunk);
    } catch (error) {
      if (error instanceof WxrError) throw error;
      const where = stack.at(-1);
      fail(
        `is not well-formed XML at line ${parser.line}, column ${parser.column}: ${xmlProblem(error as Error)}${where ? ` (inside <${where.name}> opened at line ${where.line})` : ''}`,
      );
    }
  };

  for await (const chunk of chunks) {
    const decoded = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (!sawAny && decoded.trim()) {
      sawAny = true;
      const start = decoded.trimStart();
      if (!start.startsWith('<'))
        fail(`is not a WordPress export (WXR): it is not XML (it starts with ${JSON.stringify(start.slice(0, 20))})`);
    }
    write(decoded);
    yield* ready.splice(0);
  }
  const rest = decoder.decode();
  if (rest) write(rest);
  if (!sawAny) fail('is empty; expected a WordPress export (WXR) from Tools → Export');
  if (stack.length > 0) {
    const open = stack.find((element) => element.name === 'item') ?? stack.at(-1)!;
    fail(
      `is truncated: it ends inside <${open.name}> (opened at line ${open.line}) before the export's end; download or export it again`,
    );
  }
  try {
    parser.close();
  } catch (error) {
    fail(`is not well-formed XML: ${xmlProblem(error as Error)}`);
  }
  if (!sawRoot || !sawChannel) fail('is not a WordPress export (WXR): it has no <rss><channel>');
  announceSite();
  yield* ready.splice(0);
}

/** saxes prefixes its messages with the position, which our message gives already. */
function xmlProblem(error: Error): string {
  return error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
}
