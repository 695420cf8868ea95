/**
 * The content check's rules beyond the schema, as pure functions: headline length, and whether a link
 * in a body leads somewhere on the site.
 */
import { closest } from '../../lib/content/closest.ts';
import type { Severity } from './lint-report.ts';
import { listingOfNumberedPage } from '../../lib/urls/pagination.ts';

/** Longer headlines get cut off in search results, social cards and the front page's columns. */
export const RECOMMENDED_HEADLINE_LENGTH = 110;

export function longHeadlineMessage(headline: string): string | undefined {
  const length = [...headline].length;
  return length > RECOMMENDED_HEADLINE_LENGTH
    ? `headline is ${length} characters; keep it to ${RECOMMENDED_HEADLINE_LENGTH} or fewer so it is not cut off in search results and on social cards`
    : undefined;
}

/** Every address on the site a link may lead to, as the check knows them from the content and the project. */
export interface SiteAddresses {
  /** Page path → the file that makes it (articles, listings). */
  pages: ReadonlyMap<string, string>;
  /** Article URLs of drafts → their files: pages now, but never published as they are. */
  drafts: ReadonlyMap<string, string>;
  /** Old path → the article URL it redirects to. */
  redirects: ReadonlyMap<string, string>;
  removed: ReadonlySet<string>;
  /** Whether a path is a file or route of the project itself (public/ files, feeds, the search page). */
  isProjectPath: (path: string) => boolean;
}

export interface LinkVerdict {
  severity: Severity;
  message: string;
}

/** Says what is wrong with a link to a site path from an article, or nothing when it leads to a page. */
export function judgeSiteLink(path: string, addresses: SiteAddresses, fromDraft: boolean): LinkVerdict | undefined {
  const lastSegment = path.split('/').pop() ?? '';
  if (path !== '/' && !path.endsWith('/') && !lastSegment.includes('.')) {
    const withSlash = `${path}/`;
    const verdict = judgeSiteLink(withSlash, addresses, fromDraft);
    return (
      verdict ?? {
        severity: 'warning',
        message: `link to "${path}" lacks the trailing slash every page URL has; write "${withSlash}"`,
      }
    );
  }
  const draft = addresses.drafts.get(path);
  if (draft)
    return fromDraft
      ? undefined
      : {
          severity: 'error',
          message: `link to "${path}" leads to ${draft}, a draft: it is not published, so readers would get "not found"`,
        };
  if (addresses.pages.has(path) || addresses.isProjectPath(path)) return undefined;
  const listing = listingOfNumberedPage(path);
  if (listing && addresses.pages.has(listing)) return undefined;
  const target = addresses.redirects.get(path);
  if (target)
    return {
      severity: 'warning',
      message: `link to "${path}" is an old address that redirects to "${target}"; link to "${target}" directly`,
    };
  if (addresses.removed.has(path))
    return {
      severity: 'warning',
      message: `link to "${path}" leads to a story that was removed (content/removed.yaml)`,
    };
  const [suggestion] = closest(path, [...addresses.pages.keys()], 1);
  return {
    severity: 'error',
    message: `link to "${path}" points at no article or page on this site${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
  };
}
