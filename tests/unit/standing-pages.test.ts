import { describe, expect, it } from 'vitest';
import {
  inFooterOrder,
  publisherPolicies,
  standingPageLinks,
  standingPageProblems,
  type StandingPageEntry,
} from '../../src/lib/content/standing-pages.ts';

const page = (id: string, data: Partial<StandingPageEntry['data']> = {}): StandingPageEntry => ({
  id,
  filePath: `content/pages/${id}.md`,
  data: { title: id[0]!.toUpperCase() + id.slice(1), order: 100, ...data },
});

const taken = { sectionIds: ['city', 'business'], reserved: ['authors', 'tags', 'corrections', 'search'] };

describe('the footer', () => {
  it('lists the pages by order, then by title, each by its link text or else its title', () => {
    const pages = [
      page('privacy', { linkText: 'Privacy', title: 'Privacy policy' }),
      page('about', { order: 1, title: 'About The Post', linkText: 'About us' }),
      page('contact', { order: 2 }),
      page('ethics', { title: 'Ethics policy' }),
    ];
    expect(standingPageLinks(pages)).toEqual([
      { path: '/about/', text: 'About us' },
      { path: '/contact/', text: 'Contact' },
      { path: '/ethics/', text: 'Ethics policy' },
      { path: '/privacy/', text: 'Privacy' },
    ]);
    expect(inFooterOrder(pages).map(({ id }) => id)).toEqual(['about', 'contact', 'ethics', 'privacy']);
  });
});

it("names the publisher's policies by the pages that say they are them", () => {
  expect(
    publisherPolicies([
      page('ethics', { publisherProperty: 'ethicsPolicy' }),
      page('masthead', { publisherProperty: 'masthead' }),
      page('privacy'),
    ]),
  ).toEqual({ ethicsPolicy: '/ethics/', masthead: '/masthead/' });
});

describe('problems', () => {
  it('accepts pages with addresses of their own', () => {
    expect(standingPageProblems([page('about'), page('ethics', { publisherProperty: 'ethicsPolicy' })], taken)).toEqual(
      [],
    );
  });

  it("refuses a page at a section's address or one of the site's own", () => {
    expect(standingPageProblems([page('city'), page('corrections')], taken)).toEqual([
      {
        file: 'content/pages/city.md',
        field: 'file name',
        message: '/city/ is the address of the section "city"; give this page another file name',
      },
      {
        file: 'content/pages/corrections.md',
        field: 'file name',
        message:
          'the site uses /corrections/ for its own pages; give this page another file name (taken: authors, tags, corrections, search)',
      },
    ]);
  });

  it('refuses a file name that is no address', () => {
    expect(standingPageProblems([page('About Us')], taken)).toEqual([
      expect.objectContaining({ field: 'file name', message: expect.stringContaining('such as about-us.md') }),
    ]);
  });

  it('lets one page only be each policy', () => {
    expect(
      standingPageProblems(
        [
          page('ethics', { publisherProperty: 'ethicsPolicy' }),
          page('standards', { publisherProperty: 'ethicsPolicy' }),
        ],
        taken,
      ),
    ).toEqual([
      {
        file: 'content/pages/standards.md',
        field: 'publisherProperty',
        message: "content/pages/ethics.md is already the publisher's ethicsPolicy; one page only can be",
      },
    ]);
  });
});
