import { rewriteHtmlUrls } from '../pages/html-urls.ts';

/** The absolute form of a URL as the page at `base` would resolve it; what cannot be parsed stays as written. */
function resolve(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * An HTML fragment (an article body) with every relative `href`, `src`, `poster` and `srcset` URL made
 * absolute against `base`, the page's own URL: feed readers show article HTML away from the site, where
 * `/images/a.webp` or `#notes` would point nowhere. Only those values change, in place.
 */
export function absolutizeHtml(html: string, base: string): string {
  return rewriteHtmlUrls(html, (url) => resolve(url, base));
}
