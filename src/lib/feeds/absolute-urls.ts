import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

/** hast property names of the attributes that hold one URL. */
const SINGLE_URL_PROPERTIES = ['href', 'src', 'poster'] as const;

/** The absolute form of a URL as the page at `base` would resolve it; what cannot be parsed stays as written. */
function resolve(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

const SEPARATORS = /^[\s,]+/;

/**
 * A `srcset` with each candidate's URL resolved, following the HTML parsing rules: a candidate is a URL
 * (which may itself contain commas, as image CDNs' URLs do) then optional descriptors up to the next comma.
 */
function resolveSrcset(srcset: string, base: string): string {
  const candidates: string[] = [];
  let rest = srcset.replace(SEPARATORS, '');
  while (rest) {
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      candidates.push(resolve(url.replace(/,+$/, ''), base));
    } else {
      const comma = rest.indexOf(',');
      const descriptors = (comma === -1 ? rest : rest.slice(0, comma)).trim();
      rest = comma === -1 ? '' : rest.slice(comma + 1);
      candidates.push(descriptors ? `${resolve(url, base)} ${descriptors}` : resolve(url, base));
    }
    rest = rest.replace(SEPARATORS, '');
  }
  return candidates.join(', ');
}

/**
 * Rewrites relative `href`, `src`, `poster` and `srcset` URLs to absolute ones, resolved against the
 * page the HTML belongs to: feed readers show article HTML away from the site, where `/images/a.webp`
 * or `#notes` would point nowhere.
 */
export function rehypeAbsoluteUrls(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const property of SINGLE_URL_PROPERTIES) {
        const value = node.properties[property];
        if (typeof value === 'string') node.properties[property] = resolve(value, options.base);
      }
      const srcSet = node.properties.srcSet;
      // hast keeps a parsed attribute as text, a built one (from a rehype plugin) may be a list.
      if (typeof srcSet === 'string' || Array.isArray(srcSet)) {
        node.properties.srcSet = resolveSrcset(Array.isArray(srcSet) ? srcSet.join(', ') : srcSet, options.base);
      }
    });
  };
}

/** An HTML fragment (an article body) with every URL made absolute against `base`, the page's own URL. */
export function absolutizeHtml(html: string, base: string): string {
  return String(rehype().data('settings', { fragment: true }).use(rehypeAbsoluteUrls, { base }).processSync(html));
}
