/**
 * WordPress shortcodes in a post's HTML, turned into the HTML the rest of the conversion understands,
 * before paragraphs are made (so a caption's figure is a block of its own):
 * - `[caption]<img …> Text[/caption]` → a figure with its figcaption;
 * - `[embed]URL[/embed]` → an embed figure, as the block editor writes one (embeds.ts decides what it becomes);
 * - `[gallery ids="…"]` (or the post's own attached images) → a gallery of figures.
 * Any other shortcode stays in the text as written, and is named so the report can list it.
 * `[[caption]]` is WordPress's way of writing a shortcode as text: it loses its outer brackets.
 */
import type { Attachment } from './images.ts';
import { escapeHtml, escapeHtmlAttribute } from './text.ts';

export interface ShortcodeContext {
  attachment(id: number): Attachment | undefined;
  /** The images attached to the post, in gallery order: what a `[gallery]` without ids shows. */
  attachedImages(): Attachment[];
}

export interface ShortcodeResult {
  html: string;
  /** Shortcodes kept as text, by name, in the order met. */
  kept: string[];
  /** Gallery ids that name no attachment of the export. */
  missingAttachments: number[];
}

/**
 * WordPress's get_shortcode_regex, for any name (without PHP's possessive quantifiers), for `text`. Only
 * a name that some `[/name]` in the text closes is looked for content up to its closing tag: otherwise
 * every unclosed `[sic]` of a long transcript would scan the rest of the post for one, and a post of
 * many would take time to the square of its length.
 */
function shortcodePattern(text: string): RegExp {
  const closed = [...new Set(Array.from(text.matchAll(/\[\/([A-Za-z][\w-]*)\]/g), (match) => match[1]!))];
  // Groups 5 and 6, the content and the closing tag, are never set when nothing is closed.
  const content =
    closed.length > 0
      ? `(?:(?<=\\[\\[?(?:${closed.join('|')})(?![\\w-])[^\\]]*\\])([^[]*(?:\\[(?!\\/\\2\\])[^[]*)*)(\\[\\/\\2\\]))?`
      : '(?:(?!)()())?';
  return new RegExp(
    `\\[(\\[?)([A-Za-z][\\w-]*)(?![\\w-])([^\\]/]*(?:\\/(?!\\])[^\\]/]*)*?)(?:(\\/)\\]|\\]${content})(\\]?)`,
    'g',
  );
}

/** WordPress's shortcode_parse_atts: `a="x" b='y' c=z "positional"`. */
export function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern =
    /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;
  const normalized = text.replace(/[\u00a0\u200b]/g, ' ');
  let position = 0;
  for (const match of normalized.matchAll(pattern)) {
    if (match[1] !== undefined) attributes[match[1].toLowerCase()] = match[2]!;
    else if (match[3] !== undefined) attributes[match[3].toLowerCase()] = match[4]!;
    else if (match[5] !== undefined) attributes[match[5].toLowerCase()] = match[6]!;
    else attributes[String(position++)] = match[7] ?? match[8] ?? match[9] ?? '';
  }
  return attributes;
}

/**
 * Names that read as shortcodes even without attributes or a closing tag: WordPress's own and the
 * commonest plugins'. A bare `[sic]` or `[Editor's note]` is text, not a shortcode.
 */
const KNOWN_NAMES = new Set([
  'audio',
  'video',
  'playlist',
  'wp_caption',
  'contact-form',
  'contact-form-7',
  'gravityform',
  'ninja_form',
  'wpforms',
  'soundcloud',
  'youtube',
  'vimeo',
  'tweet',
  'instagram',
  'googlemaps',
  'pullquote',
  'su_quote',
  'button',
  'toc',
]);

/** The text this module writes into HTML comes from WordPress, which may hold entities already: they are kept. */
const KEEP_ENTITIES = { keepEntities: true };

function figure(attachment: Attachment | undefined, img: string, caption: string): string {
  const id = attachment ? ` data-wp-attachment="${attachment.id}"` : '';
  return `<figure${id}>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function caption(attributes: Record<string, string>, content: string, context: ShortcodeContext): string {
  const id = Number(/(\d+)/.exec(attributes.id ?? '')?.[1] ?? Number.NaN);
  let image = content;
  let text = attributes.caption ?? '';
  if (!attributes.caption) {
    // As img_caption_shortcode: the leading image (in its link, if any) is the picture, the rest is the caption.
    const split = /^\s*((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(content);
    if (split) {
      image = split[1]!;
      text = split[2]!.trim();
    }
  }
  return figure(context.attachment(id), image, text);
}

function gallery(attributes: Record<string, string>, context: ShortcodeContext, missing: number[]): string {
  const listed = (attributes.ids ?? attributes.include ?? '')
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
  const images =
    listed.length > 0
      ? listed.flatMap((id) => {
          const attachment = context.attachment(id);
          if (!attachment) missing.push(id);
          return attachment ? [attachment] : [];
        })
      : context.attachedImages();
  const figures = images.map((attachment) =>
    figure(
      attachment,
      `<img src="${escapeHtmlAttribute(attachment.url, KEEP_ENTITIES)}" alt="${escapeHtmlAttribute(attachment.alt, KEEP_ENTITIES)}" class="wp-image-${attachment.id}">`,
      escapeHtml(attachment.caption, KEEP_ENTITIES),
    ),
  );
  return `<figure class="wp-block-gallery">${figures.join('')}</figure>`;
}

export function expandShortcodes(html: string, context: ShortcodeContext): ShortcodeResult {
  const kept: string[] = [];
  const missingAttachments: number[] = [];
  const expand = (text: string): string =>
    text.replace(
      shortcodePattern(text),
      (
        whole: string,
        open: string,
        name: string,
        rawAttributes: string,
        _selfClosing: string | undefined,
        content: string | undefined,
        closing: string | undefined,
        close: string,
      ) => {
        // `[[caption]]`: a shortcode written as text.
        if (open === '[' && close === ']') return whole.slice(1, -1);
        const tag = name.toLowerCase();
        const attributes = shortcodeAttributes(rawAttributes);
        const after = close;
        if (tag === 'caption' || tag === 'wp_caption') {
          return open + caption(attributes, expand(content ?? ''), context) + after;
        }
        if (tag === 'embed') {
          const url = (content ?? attributes.src ?? attributes.url ?? '').trim();
          return `${open}<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${escapeHtml(url, KEEP_ENTITIES)}</div></figure>${after}`;
        }
        if (tag === 'gallery') return open + gallery(attributes, context, missingAttachments) + after;
        const looksLikeShortcode =
          closing !== undefined || /=/.test(rawAttributes) || _selfClosing !== undefined || KNOWN_NAMES.has(tag);
        if (looksLikeShortcode) kept.push(tag);
        // Kept as written; its content may hold shortcodes of its own.
        return content === undefined ? whole : whole.replace(content, () => expand(content));
      },
    );
  return { html: expand(html), kept, missingAttachments };
}
