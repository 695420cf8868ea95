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

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const RAW_TEXT = new Set(['script', 'style']);

export function* tagsOf(html: string): Generator<Tag> {
  const tags = new RegExp(TAG);
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const [, closing, name = '', attributes = ''] = match;
    const tag = {
      closing: closing === '/',
      name: name.toLowerCase(),
      attributes,
      start: match.index,
      end: tags.lastIndex,
    };
    yield tag;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const closer = new RegExp(`</${tag.name}`, 'gi');
      closer.lastIndex = tags.lastIndex;
      const end = closer.exec(html);
      if (!end) return;
      tags.lastIndex = end.index;
    }
  }
}
