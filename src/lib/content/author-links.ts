/** An author's contact and social links as the profile page lists them. */
export interface AuthorLink {
  label: string;
  href: string;
}

interface Links {
  website?: string;
  email?: string;
  x?: string;
  bluesky?: string;
  mastodon?: string;
}

const handle = (value: string): string => value.replace(/^@/, '');

/** Turns handles as editors write them ("@name", "name.bsky.social", "@name@server") into links. */
export function authorLinks(links: Links): AuthorLink[] {
  const result: AuthorLink[] = [];
  if (links.website) result.push({ label: 'Website', href: links.website });
  if (links.email) result.push({ label: `Email ${links.email}`, href: `mailto:${links.email}` });
  if (links.x) result.push({ label: `X: @${handle(links.x)}`, href: links.x.startsWith('http') ? links.x : `https://x.com/${handle(links.x)}` });
  if (links.bluesky) {
    result.push({
      label: `Bluesky: @${handle(links.bluesky)}`,
      href: links.bluesky.startsWith('http') ? links.bluesky : `https://bsky.app/profile/${handle(links.bluesky)}`,
    });
  }
  if (links.mastodon) {
    const [user, server] = handle(links.mastodon).split('@');
    const href = links.mastodon.startsWith('http') ? links.mastodon : server ? `https://${server}/@${user}` : undefined;
    if (href) result.push({ label: `Mastodon: @${handle(links.mastodon)}`, href });
  }
  return result;
}
