/**
 * Share links built at build time: plain URLs that work with JavaScript off and send nothing to any
 * network until the reader clicks one.
 */

/** Every network Dateline can offer, in the order the sample site shows them. */
export const SHARE_NETWORKS = ['x', 'facebook', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'bluesky', 'email'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** What a share link carries: the story's canonical absolute URL and its words. */
export interface Shareable {
  url: string;
  headline: string;
  dek?: string;
}

export interface ShareLink {
  network: ShareNetwork;
  /** Accessible name of the link, e.g. "Share on X". */
  label: string;
  href: string;
  /**
   * Web share pages open in a new tab so the story stays open; an email link opens the mail app,
   * and in a new tab it would only leave an empty tab behind.
   */
  newTab: boolean;
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

// Each network's documented share endpoint. X, Telegram and Reddit take the URL and the headline
// apart; WhatsApp and Bluesky take a single text, so the URL goes at its end; Facebook and LinkedIn
// take only the URL and read the headline from the page's own metadata.
const networks: Record<ShareNetwork, { label: string; href: (story: Shareable) => string }> = {
  x: { label: 'Share on X', href: ({ url, headline }) => `https://x.com/intent/tweet?${query({ text: headline, url })}` },
  facebook: { label: 'Share on Facebook', href: ({ url }) => `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
  linkedin: { label: 'Share on LinkedIn', href: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}` },
  whatsapp: { label: 'Share on WhatsApp', href: ({ url, headline }) => `https://wa.me/?${query({ text: `${headline} ${url}` })}` },
  telegram: { label: 'Share on Telegram', href: ({ url, headline }) => `https://t.me/share/url?${query({ url, text: headline })}` },
  reddit: { label: 'Share on Reddit', href: ({ url, headline }) => `https://www.reddit.com/submit?${query({ url, title: headline })}` },
  bluesky: { label: 'Share on Bluesky', href: ({ url, headline }) => `https://bsky.app/intent/compose?${query({ text: `${headline} ${url}` })}` },
  email: { label: 'Share by email', href: (story) => `mailto:?${query({ subject: story.headline, body: emailBody(story) })}` },
};

/** The share link of one network for a story. */
export function shareLink(network: ShareNetwork, story: Shareable): ShareLink {
  const { label, href } = networks[network];
  return { network, label, href: href(story), newTab: network !== 'email' };
}

/**
 * The share links of a story for the networks the site config lists, in its order.
 * A network listed twice is a slip in the config, reported rather than shown twice.
 */
export function shareLinks(story: Shareable, configured: readonly ShareNetwork[]): ShareLink[] {
  const repeated = configured.find((network, index) => configured.indexOf(network) !== index);
  if (repeated) {
    throw new Error(`src/site.config.ts: shareNetworks lists "${repeated}" more than once; list each network once, in the order readers should see them.`);
  }
  return configured.map((network) => shareLink(network, story));
}
