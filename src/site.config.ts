import { env } from './env.ts';
import type { ShareNetwork } from './lib/social/share.ts';

/**
 * The publication's settings: the one place a newsroom edits to make Dateline its own.
 * Environment variables override what differs per deployment (the public URL).
 */
export interface SiteConfig {
  /** Publication name, shown in the masthead, titles, feeds and structured data. */
  name: string;
  /** Short line under the masthead and the home page's meta description. */
  description: string;
  /**
   * Absolute URL the site is served from, without trailing slash: an origin, or an origin and the path
   * the site lives under (https://user.github.io/news, a GitHub Pages project site), which every link,
   * asset and URL the build writes then starts with (withBase in src/lib/urls/permalink.ts).
   */
  url: string;
  /** BCP 47 language tag of the content. */
  language: string;
  /** IANA time zone that dates in URLs and on pages are shown in, and frontmatter dates without a zone are read in. */
  timezone: string;
  /**
   * The letter(s) of the logo structured data names as the publisher's: drawn at build in the share
   * cards' type and colours, a 512×512 PNG at /logo.png (src/pages/logo.png.ts).
   */
  monogram: string;
  /** The publication's own accounts, linked in the footer. */
  social: { x?: string; bluesky?: string; mastodon?: string; facebook?: string; linkedin?: string };
  /** Articles per listing page (section, tag, author, archive month). */
  pageSize: number;
  /** Stories on the home page before the section blocks. */
  homeLatestCount: number;
  /** Stories in each home page section block. */
  homeSectionCount: number;
  /** Stories under "Related stories" on each article: the editor's pins (every one, even past this), then computed ones until there are this many. */
  relatedCount: number;
  /** Newest stories in each RSS and JSON feed (site, section, topic, author). */
  feedSize: number;
  /** The share links on every article, in this order (copy link and the device's own share sheet always follow). */
  shareNetworks: ShareNetwork[];
  /** Hosts whose iframes article bodies may embed (click-to-load); an iframe from any other host becomes a link. */
  embedHosts: string[];
}

export const site: SiteConfig = {
  name: 'The Meridian Post',
  description: 'Independent news for Port Meridian and the coast since 1911.',
  url: (env.siteUrl ?? 'https://meridianpost.example').replace(/\/+$/, ''),
  language: 'en-US',
  timezone: 'America/New_York',
  monogram: 'M',
  social: {
    x: 'https://x.com/meridianpost',
    bluesky: 'https://bsky.app/profile/meridianpost.example',
    mastodon: 'https://mastodon.example/@meridianpost',
  },
  pageSize: 20,
  homeLatestCount: 6,
  homeSectionCount: 4,
  relatedCount: 4,
  feedSize: 50,
  shareNetworks: ['x', 'facebook', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'email'],
  embedHosts: ['www.youtube-nocookie.com', 'player.vimeo.com', 'www.openstreetmap.org', 'datawrapper.dwcdn.net'],
};
