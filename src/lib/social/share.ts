/**
 * Share links built at build time: plain URLs that work with JavaScript off and send nothing to any
 * network until the reader clicks one.
 */
import { siBluesky, siFacebook, siReddit, siTelegram, siWhatsapp, siX, type SimpleIcon } from 'simple-icons';

/** What a share link carries: the story's canonical absolute URL and its words. */
export interface Shareable {
  url: string;
  headline: string;
  dek?: string;
}

/**
 * A 24×24 icon, drawn in currentColor so it follows the theme: `fill` paths are solid shapes
 * (evenodd when they cut holes); `stroke` paths are lines.
 */
export interface ShareIconPath {
  d: string;
  draw: 'fill' | 'fill-evenodd' | 'stroke';
}

/**
 * Everything Dateline knows about one network: a new network is one entry below, shown on the site
 * once src/site.config.ts lists it in shareNetworks.
 */
interface ShareNetworkEntry {
  /** Accessible name of the link, e.g. "Share on X". */
  label: string;
  href: (story: Shareable) => string;
  icon: ShareIconPath;
  /**
   * Web share pages open in a new tab so the story stays open; an email link opens the mail app,
   * and in a new tab it would only leave an empty tab behind.
   */
  newTab: boolean;
}

export interface ShareLink extends Omit<ShareNetworkEntry, 'href'> {
  network: ShareNetwork;
  href: string;
}

/**
 * A query string with every value percent-encoded by encodeURIComponent: `&`, `#`, `?`, `+` and quotes
 * can't end or split a value, non-ASCII text goes as UTF-8, and spaces are `%20`, never `+`, which
 * both the networks' share pages and mail apps (RFC 6068 `mailto:`) read as a space.
 */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

/** RFC 6068: every line break in a mailto body is CRLF (%0D%0A), including any inside the dek. */
const emailBody = ({ url, dek }: Shareable): string => (dek ? `${dek.replace(/\r?\n/g, '\r\n')}\r\n\r\n${url}` : url);

/** Brand marks come from Simple Icons (CC0), whose marks are all solid shapes. */
const brandMark = ({ path }: SimpleIcon): ShareIconPath => ({ d: path, draw: 'fill' });

// Each network's documented share endpoint. X, Telegram and Reddit take the URL and the headline
// apart; WhatsApp and Bluesky take a single text, so the URL goes at its end; Facebook and LinkedIn
// take only the URL and read the headline from the page's own metadata.
const networks = {
  x: {
    label: 'Share on X',
    href: ({ url, headline }) => `https://x.com/intent/tweet?${query({ text: headline, url })}`,
    icon: brandMark(siX),
    newTab: true,
  },
  facebook: {
    label: 'Share on Facebook',
    href: ({ url }) => `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
    icon: brandMark(siFacebook),
    newTab: true,
  },
  linkedin: {
    label: 'Share on LinkedIn',
    href: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    // Simple Icons has no LinkedIn mark, so it is drawn here, like the envelope and the controls' icons.
    icon: {
      d: 'M4 2h16a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm1.5 7.5v9h3v-9Zm1.5-4.6a1.6 1.6 0 1 0 0 3.2 1.6 1.6 0 1 0 0-3.2Zm3.5 4.6v9h3v-4.7c0-1.1.5-1.9 1.6-1.9s1.4.8 1.4 1.9v4.7h3v-5.3c0-2.4-.8-3.9-3.2-3.9-1.3 0-2.4.6-2.9 1.5V9.5Z',
      draw: 'fill-evenodd',
    },
    newTab: true,
  },
  whatsapp: {
    label: 'Share on WhatsApp',
    href: ({ url, headline }) => `https://wa.me/?${query({ text: `${headline} ${url}` })}`,
    icon: brandMark(siWhatsapp),
    newTab: true,
  },
  telegram: {
    label: 'Share on Telegram',
    href: ({ url, headline }) => `https://t.me/share/url?${query({ url, text: headline })}`,
    icon: brandMark(siTelegram),
    newTab: true,
  },
  reddit: {
    label: 'Share on Reddit',
    href: ({ url, headline }) => `https://www.reddit.com/submit?${query({ url, title: headline })}`,
    icon: brandMark(siReddit),
    newTab: true,
  },
  bluesky: {
    label: 'Share on Bluesky',
    href: ({ url, headline }) => `https://bsky.app/intent/compose?${query({ text: `${headline} ${url}` })}`,
    icon: brandMark(siBluesky),
    newTab: true,
  },
  email: {
    label: 'Share by email',
    href: (story) => `mailto:?${query({ subject: story.headline, body: emailBody(story) })}`,
    icon: { d: 'M3 5h18v14H3Zm0 1 9 7 9-7', draw: 'stroke' },
    newTab: false,
  },
} satisfies Record<string, ShareNetworkEntry>;

export type ShareNetwork = keyof typeof networks;

/** Every network Dateline can offer, in the order the sample site shows them. */
export const SHARE_NETWORKS = Object.keys(networks) as ShareNetwork[];

/** The icons of the share bar's own buttons, which follow the networks' links. */
export const SHARE_CONTROL_ICONS = {
  copyLink: {
    d: 'M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1',
    draw: 'stroke',
  },
  nativeShare: { d: 'M12 15V3M7 8l5-5 5 5M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7', draw: 'stroke' },
} satisfies Record<string, ShareIconPath>;

/** The share link of one network for a story. */
export function shareLink(network: ShareNetwork, story: Shareable): ShareLink {
  const { label, href, icon, newTab } = networks[network];
  return { network, label, href: href(story), icon, newTab };
}

/**
 * The share links of a story for the networks the site config lists, in its order.
 * A network listed twice is a slip in the config, reported rather than shown twice.
 */
export function shareLinks(story: Shareable, configured: readonly ShareNetwork[]): ShareLink[] {
  const repeated = configured.find((network, index) => configured.indexOf(network) !== index);
  if (repeated) {
    throw new Error(
      `src/site.config.ts: shareNetworks lists "${repeated}" more than once; list each network once, in the order readers should see them.`,
    );
  }
  return configured.map((network) => shareLink(network, story));
}
