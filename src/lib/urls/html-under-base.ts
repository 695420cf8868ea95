import { rewriteHtmlUrls } from '../pages/html-urls.ts';
import { siteBase, withBase } from './permalink.ts';

/** A path from the site's root, as editors link to the site's own pages (`/city/…`); `//host/…` names another host. */
const isSitePath = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/**
 * Rendered Markdown (an article body, an author's bio) with the site paths its links and images name put
 * under the site's base, when it is served under a path (`/city/` → `/news/city/`). Editors write links to
 * the site's own pages from its root, whatever the deployment, and the render cache keeps the body as
 * they wrote it (its key is the pipeline's code and the file, not the site URL), so the base is added
 * when a page shows the body. Other URLs (relative, other hosts, fragments) and a site at the root of its
 * origin are left as they are.
 */
export function htmlUnderBase(html: string, siteUrl: string): string {
  if (siteBase(siteUrl) === '/') return html;
  return rewriteHtmlUrls(html, (url) => (isSitePath(url) ? withBase(url, siteUrl) : url));
}
