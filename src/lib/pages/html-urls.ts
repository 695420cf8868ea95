import { decodeHTMLAttribute } from 'entities';
import { attributesOf, tagsOf } from './html-tags.ts';

const SEPARATORS = /^[\s,]+/;

/**
 * A `srcset` with each candidate's URL rewritten, following the HTML parsing rules: a candidate is a URL
 * (which may itself contain commas, as image CDNs' URLs do) then optional descriptors up to the next comma.
 */
function rewriteSrcset(srcset: string, rewrite: (url: string) => string): string {
  const candidates: string[] = [];
  let rest = srcset.replace(SEPARATORS, '');
  while (rest) {
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      candidates.push(rewrite(url.replace(/,+$/, '')));
    } else {
      const comma = rest.indexOf(',');
      const descriptors = (comma === -1 ? rest : rest.slice(0, comma)).trim();
      rest = comma === -1 ? '' : rest.slice(comma + 1);
      candidates.push(descriptors ? `${rewrite(url)} ${descriptors}` : rewrite(url));
    }
    rest = rest.replace(SEPARATORS, '');
  }
  return candidates.join(', ');
}

/** The attributes that hold URLs, and how each value's URLs are rewritten. */
const URL_ATTRIBUTES: Record<string, (value: string, rewrite: (url: string) => string) => string> = {
  href: (value, rewrite) => rewrite(value),
  src: (value, rewrite) => rewrite(value),
  poster: (value, rewrite) => rewrite(value),
  srcset: rewriteSrcset,
};

/** As hast-util-to-html writes an attribute value: the rendered bodies are written by it. */
const encodeAttribute = (value: string): string =>
  value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;').replace(/'/g, '&#x27;');

/**
 * An HTML fragment (an article body) with every URL of an `href`, `src`, `poster` and `srcset` given to
 * `rewrite`, decoded, and its answer written back in place of it: only those values change, and only
 * where `rewrite` changes them. Parsing the body into a tree and writing it out again cost ~2.7 ms an
 * article (src/lib/feeds/absolute-urls.ts, which makes a feed's URLs absolute, was most of the feeds' time).
 */
export function rewriteHtmlUrls(html: string, rewrite: (url: string) => string): string {
  let output = '';
  let copiedUpTo = 0;
  for (const tag of tagsOf(html)) {
    if (tag.closing) continue;
    for (const attribute of attributesOf(tag)) {
      const rewriteValue = URL_ATTRIBUTES[attribute.name];
      if (!rewriteValue || attribute.valueStart === attribute.valueEnd) continue;
      const value = decodeHTMLAttribute(attribute.value);
      const rewritten = rewriteValue(value, rewrite);
      if (rewritten === value) continue;
      const quoted = html[attribute.valueStart - 1] === '"' || html[attribute.valueStart - 1] === "'";
      const written = encodeAttribute(rewritten);
      output += html.slice(copiedUpTo, attribute.valueStart) + (quoted ? written : `"${written}"`);
      copiedUpTo = attribute.valueEnd;
    }
  }
  return output + html.slice(copiedUpTo);
}
