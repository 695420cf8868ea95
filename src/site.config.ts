/**
 * The publication's settings: the one place a newsroom edits to make Dateline its own.
 * Environment variables override what differs per deployment (the public URL).
 */
export interface SiteConfig {
  /** Publication name, shown in the masthead, titles, feeds and structured data. */
  name: string;
  /** Short line under the masthead and the home page's meta description. */
  description: string;
  /** Absolute origin the site is served from, without trailing slash. */
  url: string;
  /** BCP 47 language tag of the content. */
  language: string;
  /** IANA time zone that dates in URLs and on pages are shown in. */
  timezone: string;
  /** Path (under public/) of the square logo used in structured data and feeds. */
  logo: string;
  /** The publication's own accounts, linked in the footer. */
  social: { x?: string; bluesky?: string; mastodon?: string; facebook?: string; linkedin?: string };
  /** Articles per listing page (section, tag, author, archive month). */
  pageSize: number;
  /** Stories on the home page before the section blocks. */
  homeLatestCount: number;
  /** Stories in each home page section block. */
  homeSectionCount: number;
}

export const site: SiteConfig = {
  name: 'The Meridian Post',
  description: 'Independent news for Port Meridian and the coast since 1911.',
  url: (process.env.SITE_URL ?? 'https://meridianpost.example').replace(/\/+$/, ''),
  language: 'en-US',
  timezone: 'America/New_York',
  logo: '/logo.svg',
  social: {
    x: 'https://x.com/meridianpost',
    bluesky: 'https://bsky.app/profile/meridianpost.example',
    mastodon: 'https://mastodon.example/@meridianpost',
  },
  pageSize: 20,
  homeLatestCount: 6,
  homeSectionCount: 4,
};
