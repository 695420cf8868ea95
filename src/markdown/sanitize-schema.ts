import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What raw HTML an editor may put in an article body: GitHub's allowlist plus what news pages need
 * (figures, table captions, abbreviations, times) and iframes, which the embed pass then turns into
 * click-to-load embeds or plain links. Scripts, styles, event handlers, forms and `javascript:` URLs never survive.
 */
export const articleSanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'caption',
    'abbr',
    'mark',
    'small',
    'cite',
    'time',
    'iframe',
  ],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    time: ['dateTime'],
    iframe: ['src', 'title', 'width', 'height'],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
  // Ids are kept as written so footnote links and editors' in-page anchors keep working; nothing of ours reads
  // globals by id, so DOM clobbering has nothing to clobber. `name` is still prefixed.
  clobber: ['name'],
};
