/**
 * The tags of a page Dateline built, read quote-aware so that a `>` or `</head>` inside an attribute
 * (Astro escapes only `&` and `"` there, and a headline may say anything) ends no tag. Script and style
 * contents are skipped whole; other text cannot hold a raw `<`.
 */
export interface Tag {
  closing: boolean;
  /** Lower case. */
  name: string;
  /** The text of the attributes, as written. */
  attributes: string;
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
