/**
 * What a WordPress embed becomes in Dateline. WordPress embeds a video or a post from a URL on a line of
 * its own, an `[embed]` shortcode, an embed block or a pasted <iframe>; Dateline embeds only iframes
 * from the hosts in `embedHosts` (src/site.config.ts), click-to-load. A URL of a provider that one of
 * those hosts serves (a YouTube watch page → youtube-nocookie.com) becomes that iframe; any other
 * becomes a link, which the importer reports.
 */

export type Embed =
  { kind: 'iframe'; src: string; title: string; provider: string } | { kind: 'link'; url: string; provider: string };

/** Providers whose pages have an iframe address: the URL a reader shares → the player's address. */
const PLAYERS: { provider: string; title: string; match: (url: URL) => string | undefined }[] = [
  {
    provider: 'YouTube',
    title: 'Video from YouTube',
    match: (url) => {
      const host = url.hostname.replace(/^(www|m)\./, '');
      let id: string | undefined;
      if (host === 'youtu.be') id = url.pathname.slice(1).split('/')[0];
      else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
        id = url.searchParams.get('v') ?? /^\/(?:embed|shorts|live|v)\/([^/?#]+)/.exec(url.pathname)?.[1] ?? undefined;
      }
      return id && /^[\w-]{6,}$/.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : undefined;
    },
  },
  {
    provider: 'Vimeo',
    title: 'Video from Vimeo',
    match: (url) => {
      const host = url.hostname.replace(/^www\./, '');
      const id =
        host === 'vimeo.com'
          ? /^\/(?:video\/)?(\d+)/.exec(url.pathname)?.[1]
          : host === 'player.vimeo.com'
            ? /^\/video\/(\d+)/.exec(url.pathname)?.[1]
            : undefined;
      return id ? `https://player.vimeo.com/video/${id}` : undefined;
    },
  },
];

/** Hosts WordPress embeds from a bare URL (its oEmbed providers that newsrooms use): named in the report when kept as links. */
const KNOWN_PROVIDERS: Record<string, string> = {
  'twitter.com': 'X (Twitter)',
  'x.com': 'X (Twitter)',
  'instagram.com': 'Instagram',
  'facebook.com': 'Facebook',
  'tiktok.com': 'TikTok',
  'open.spotify.com': 'Spotify',
  'soundcloud.com': 'SoundCloud',
  'flickr.com': 'Flickr',
  'reddit.com': 'Reddit',
  'tumblr.com': 'Tumblr',
  'dailymotion.com': 'Dailymotion',
  'scribd.com': 'Scribd',
  'slideshare.net': 'SlideShare',
  'ted.com': 'TED',
  'imgur.com': 'Imgur',
  'mixcloud.com': 'Mixcloud',
  'pinterest.com': 'Pinterest',
  'bsky.app': 'Bluesky',
};

const parse = (text: string): URL | undefined => {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
};

/** The provider WordPress would embed a bare URL from, if any: only those URLs are embeds rather than links. */
export function embedProvider(text: string): string | undefined {
  const url = parse(text);
  if (!url) return undefined;
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const player = PLAYERS.find((candidate) => candidate.match(url));
  return player?.provider ?? KNOWN_PROVIDERS[host];
}

/** What an embedded URL (or an iframe's `src`) becomes, given the hosts Dateline may embed from. */
export function embedFor(text: string, hosts: readonly string[], title?: string): Embed | undefined {
  const url = parse(text);
  if (!url) return undefined;
  for (const player of PLAYERS) {
    const src = player.match(url);
    if (src && hosts.includes(new URL(src).host))
      return { kind: 'iframe', src, title: title || player.title, provider: player.provider };
  }
  if (url.protocol === 'https:' && hosts.includes(url.host))
    return { kind: 'iframe', src: url.href, title: title || `Content from ${url.host}`, provider: url.host };
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const provider = PLAYERS.find((player) => player.match(url))?.provider ?? KNOWN_PROVIDERS[host] ?? url.host;
  return { kind: 'link', url: url.href, provider };
}
