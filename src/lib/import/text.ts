/**
 * The importer's conversions of WordPress text, shared by its modules: HTML to plain text, plain text
 * back to HTML, and percent-encoding undone.
 */
import { decodeHTML } from 'entities';

/**
 * The text of a WordPress title, excerpt or caption: tags taken out, entities decoded (`&#8217;` → ’,
 * `&amp;` → &), runs of white space made one space. WordPress stores titles as HTML-escaped text that
 * may carry a tag or two (`<em>`); Dateline's frontmatter is plain text, escaped when it is shown.
 */
export function plainText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface EscapeOptions {
  /**
   * For WordPress's own text (a shortcode's content, an attachment's alt text), which is HTML already:
   * its entities (`&amp;`, `&#8217;`) stay as they are, as WordPress's esc_attr leaves them, and only an
   * ampersand that starts none is escaped.
   */
  keepEntities?: boolean;
}

/**
 * Text as HTML: `&` and `<` escaped, which is all a parser needs to read it back as written. Quotes and
 * `>` stay as they are, so that the HTML the importer leaves in Markdown stays readable.
 */
export function escapeHtml(text: string, { keepEntities = false }: EscapeOptions = {}): string {
  return text.replace(keepEntities ? /&(?!#?\w+;)/g : /&/g, '&amp;').replace(/</g, '&lt;');
}

/** Text as the value of a double-quoted HTML attribute. */
export const escapeHtmlAttribute = (text: string, options: EscapeOptions = {}): string =>
  escapeHtml(text, options).replace(/"/g, '&quot;');

/** Percent-encoding undone (`caf%C3%A9` → `café`); text that is not valid encoding stays as it is. */
export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
