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
