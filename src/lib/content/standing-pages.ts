/**
 * Standing pages: the newsroom's pages that are not news (About, Contact, the masthead, the ethics and
 * corrections policies…), one Markdown file each in content/pages/, served at `/<file name>/` and linked
 * from every page's footer. A page may say which of the publisher's schema.org properties it is, so the
 * home page's NewsMediaOrganization points search engines and the Trust Project at it.
 */
import type { ContentProblem } from './integrity.ts';

/** The properties of schema.org's NewsMediaOrganization that name a page of the publisher's own. */
export const PUBLISHER_PROPERTIES = [
  'ethicsPolicy',
  'correctionsPolicy',
  'masthead',
  'diversityPolicy',
  'diversityStaffingReport',
  'actionableFeedbackPolicy',
  'missionCoveragePrioritiesPolicy',
  'ownershipFundingInfo',
  'unnamedSourcesPolicy',
  'verificationFactCheckingPolicy',
  'noBylinesPolicy',
] as const;

export type PublisherProperty = (typeof PUBLISHER_PROPERTIES)[number];

export interface StandingPageEntry {
  id: string;
  filePath: string;
  data: { title: string; linkText?: string; order: number; publisherProperty?: PublisherProperty };
}

export const standingPagePath = (id: string): string => `/${id}/`;

/** As the footer lists them: by `order`, then by title. */
export const inFooterOrder = <P extends { data: { title: string; order: number } }>(pages: readonly P[]): P[] =>
  [...pages].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));

/** The footer's links to the standing pages. */
export const standingPageLinks = (pages: readonly StandingPageEntry[]): { path: string; text: string }[] =>
  inFooterOrder(pages).map((page) => ({ path: standingPagePath(page.id), text: page.data.linkText ?? page.data.title }));

/** Which page is which of the publisher's policies, as paths on the site. */
export function publisherPolicies(
  pages: readonly { id: string; data: { publisherProperty?: PublisherProperty } }[],
): Partial<Record<PublisherProperty, string>> {
  return Object.fromEntries(
    pages.flatMap((page) =>
      page.data.publisherProperty ? [[page.data.publisherProperty, standingPagePath(page.id)]] : [],
    ),
  );
}

const PAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A page's file name is its address, so it must be a slug that no section and none of the site's own
 * routes use; and one page only may be each of the publisher's policies.
 */
export function standingPageProblems(
  pages: readonly StandingPageEntry[],
  taken: { sectionIds: readonly string[]; reserved: readonly string[] },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claimed = new Map<PublisherProperty, string>();
  for (const page of pages) {
    if (!PAGE_ID.test(page.id)) {
      problems.push({
        file: page.filePath,
        field: 'file name',
        message: `"${page.id}" cannot be a page's address: name the file in lowercase letters, digits and single hyphens, such as about-us.md`,
      });
    } else if (taken.reserved.includes(page.id)) {
      problems.push({
        file: page.filePath,
        field: 'file name',
        message: `the site uses /${page.id}/ for its own pages; give this page another file name (taken: ${taken.reserved.join(', ')})`,
      });
    } else if (taken.sectionIds.includes(page.id)) {
      problems.push({
        file: page.filePath,
        field: 'file name',
        message: `/${page.id}/ is the address of the section "${page.id}"; give this page another file name`,
      });
    }
    const property = page.data.publisherProperty;
    if (!property) continue;
    const first = claimed.get(property);
    if (first) {
      problems.push({
        file: page.filePath,
        field: 'publisherProperty',
        message: `${first} is already the publisher's ${property}; one page only can be`,
      });
    } else {
      claimed.set(property, page.filePath);
    }
  }
  return problems;
}
