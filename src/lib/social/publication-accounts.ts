import type { SiteConfig } from '../../site.config.ts';

type Social = SiteConfig['social'];

/** One of the publication's own profiles, as the footer links it. */
export interface PublicationAccount {
  network: string;
  url: string;
}

/** Every network the config may name, with the name readers know it by, in the footer's order. */
const NETWORKS: readonly { key: keyof Social; network: string }[] = [
  { key: 'x', network: 'X' },
  { key: 'bluesky', network: 'Bluesky' },
  { key: 'mastodon', network: 'Mastodon' },
  { key: 'facebook', network: 'Facebook' },
  { key: 'linkedin', network: 'LinkedIn' },
];

/** The accounts the config gives a URL for; an empty setting means the publication is not there. */
export function publicationAccounts(social: Social): PublicationAccount[] {
  return NETWORKS.flatMap(({ key, network }) => {
    const url = social[key];
    return url ? [{ network, url }] : [];
  });
}
