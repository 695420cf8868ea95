/**
 * The tags of a page Dateline built, read quote-aware so that a `>` or `</head>` inside an attribute
 * (Astro escapes only `&` and `"` there, and a headline may say anything) ends no tag. Script and style
 * contents are skipped whole; other text cannot hold a raw `<`.
 */
export interface Attribute {
  /** Lower case. */
  name: string;
  /** As written, entities undecoded; '' for an attribute without a value. */
  value: string;
  /** Where the value (inside its quotes) starts and ends in the page; both at the name's end without a value. */
  valueStart: number;
  valueEnd: number;
}

export interface Tag {
  closing: boolean;
  /** Lower case. */
  name: string;
  /** The text of the attributes, as written. */
  attributes: string;
  /** Where that text starts in the page. */
  attributesStart: number;
  /** Where the tag starts and ends in the page. */
  start: number;
  end: number;
}

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const TAG_START = /<\/?[a-zA-Z]/g;
const RAW_TEXT = new Set(['script', 'style']);

/**
 * The tags in order. Text holds no raw `<` before a letter, so one that starts no complete tag starts a tag
 * that `html` cuts short (a page read only in part): the tags end there, as reading on inside its
 * attributes could take a quoted `</head>` for a tag.
 */
export function* tagsOf(html: string): Generator<Tag> {
  const starts = new RegExp(TAG_START);
  const tags = new RegExp(TAG);
  for (let start = starts.exec(html); start; start = starts.exec(html)) {
    tags.lastIndex = start.index;
    const match = tags.exec(html);
    if (!match) return;
    const [, closing, name = '', attributes = ''] = match;
    const tag = {
      closing: closing === '/',
      name: name.toLowerCase(),
      attributes,
      attributesStart: match.index + 1 + (closing ?? '').length + name.length,
      start: match.index,
      end: tags.lastIndex,
    };
    yield tag;
    starts.lastIndex = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const closer = new RegExp(`</${tag.name}`, 'gi');
      closer.lastIndex = tag.end;
      const end = closer.exec(html);
      if (!end) return;
      starts.lastIndex = end.index;
    }
  }
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/dg;

/** The attributes of a tag, each with where its value is in the page. */
export function* attributesOf(tag: Tag): Generator<Attribute> {
  for (const match of tag.attributes.matchAll(ATTRIBUTE)) {
    const [, name = '', double, single, bare] = match;
    const value = double ?? single ?? bare;
    // The `d` flag's indices: where the value's group matched, else the end of the name.
    const at = match.indices![double !== undefined ? 2 : single !== undefined ? 3 : bare !== undefined ? 4 : 1]!;
    const [start, end] = value === undefined ? [at[1], at[1]] : at;
    yield {
      name: name.toLowerCase(),
      value: value ?? '',
      valueStart: tag.attributesStart + start,
      valueEnd: tag.attributesStart + end,
    };
  }
}
