import { siBluesky, siFacebook, siReddit, siTelegram, siWhatsapp, siX } from 'simple-icons';
import { describe, expect, it } from 'vitest';
import {
  SHARE_NETWORKS,
  shareLink,
  shareLinks,
  type Shareable,
  type ShareNetwork,
} from '../../src/lib/social/share.ts';
import { site } from '../../src/site.config.ts';

const story: Shareable = {
  url: 'https://news.example/city/2026/11/20/bridge/',
  headline: 'Bridge reopens',
  dek: 'Traffic is back.',
};
const encodedUrl = 'https%3A%2F%2Fnews.example%2Fcity%2F2026%2F11%2F20%2Fbridge%2F';

/** The query parameters of a share link as the network's server reads them. */
function params(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href).searchParams);
}

describe('share links', () => {
  it('follow each network’s documented share URL', () => {
    const hrefs = Object.fromEntries(SHARE_NETWORKS.map((network) => [network, shareLink(network, story).href]));
    expect(hrefs).toEqual({
      x: `https://x.com/intent/tweet?text=Bridge%20reopens&url=${encodedUrl}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
      whatsapp: `https://wa.me/?text=Bridge%20reopens%20${encodedUrl}`,
      telegram: `https://t.me/share/url?url=${encodedUrl}&text=Bridge%20reopens`,
      reddit: `https://www.reddit.com/submit?url=${encodedUrl}&title=Bridge%20reopens`,
      bluesky: `https://bsky.app/intent/compose?text=Bridge%20reopens%20${encodedUrl}`,
      email: `mailto:?subject=Bridge%20reopens&body=Traffic%20is%20back.%0D%0A%0D%0A${encodedUrl}`,
    });
  });

  it('name every control for screen readers', () => {
    expect(SHARE_NETWORKS.map((network) => shareLink(network, story).label)).toEqual([
      'Share on X',
      'Share on Facebook',
      'Share on LinkedIn',
      'Share on WhatsApp',
      'Share on Telegram',
      'Share on Reddit',
      'Share on Bluesky',
      'Share by email',
    ]);
  });

  it('open the networks in a new tab but hand email to the mail app in place', () => {
    expect(SHARE_NETWORKS.filter((network) => !shareLink(network, story).newTab)).toEqual(['email']);
  });

  it('draw each network with its Simple Icons mark, and LinkedIn and email with the paths drawn for them', () => {
    const icons = Object.fromEntries(SHARE_NETWORKS.map((network) => [network, shareLink(network, story).icon]));
    expect(icons).toEqual({
      x: { d: siX.path, draw: 'fill' },
      facebook: { d: siFacebook.path, draw: 'fill' },
      linkedin: { d: expect.stringMatching(/^M4 2h16a2 2 0 0 1 2 2v16/), draw: 'fill-evenodd' },
      whatsapp: { d: siWhatsapp.path, draw: 'fill' },
      telegram: { d: siTelegram.path, draw: 'fill' },
      reddit: { d: siReddit.path, draw: 'fill' },
      bluesky: { d: siBluesky.path, draw: 'fill' },
      email: { d: 'M3 5h18v14H3Zm0 1 9 7 9-7', draw: 'stroke' },
    });
  });

  it('put the link alone in the email body when the story has no dek', () => {
    expect(shareLink('email', { url: story.url, headline: story.headline }).href).toBe(
      `mailto:?subject=Bridge%20reopens&body=${encodedUrl}`,
    );
  });
});

describe('share link encoding', () => {
  const hostile: Shareable = {
    url: 'https://news.example/a/?x=1&y=2#top',
    headline: `Fish & chips: "best" #1? It's 50% + tax 🐟 — Москва 東京`,
    dek: 'One & two\nlines',
  };

  it.each(['x', 'telegram', 'reddit'] satisfies ShareNetwork[])(
    'keeps headline and URL apart and intact for %s',
    (network) => {
      const read = params(shareLink(network, hostile).href);
      expect(read.url).toBe(hostile.url);
      expect(read.text ?? read.title).toBe(hostile.headline);
    },
  );

  it.each(['whatsapp', 'bluesky'] satisfies ShareNetwork[])('sends headline then URL as one text for %s', (network) => {
    expect(params(shareLink(network, hostile).href)).toEqual({ text: `${hostile.headline} ${hostile.url}` });
  });

  it.each(['facebook', 'linkedin'] satisfies ShareNetwork[])(
    'sends the URL with its query and fragment intact to %s',
    (network) => {
      expect(Object.values(params(shareLink(network, hostile).href))).toEqual([hostile.url]);
    },
  );

  it('escapes every character that could end or split a value, and writes spaces as %20, never +', () => {
    for (const network of SHARE_NETWORKS) {
      const { href } = shareLink(network, hostile);
      const [, queryString = ''] = href.split('?');
      expect(queryString, network).not.toMatch(/[#"<> +]/);
      expect(
        queryString.split('&').every((pair) => /^[a-z]+=[^=?]*$/.test(pair)),
        network,
      ).toBe(true);
    }
  });

  it('writes emoji, Cyrillic and CJK as percent-encoded UTF-8', () => {
    const { href } = shareLink('x', hostile);
    expect(href).toContain('%F0%9F%90%9F'); // 🐟
    expect(href).toContain('%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0'); // Москва
    expect(href).toContain('%E6%9D%B1%E4%BA%AC'); // 東京
  });

  it('encodes email as an RFC 6068 mailto: %20 for spaces and CRLF line breaks', () => {
    const { href } = shareLink('email', hostile);
    expect(href).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/);
    expect(href).not.toContain('+');
    expect(href).toContain('One%20%26%20two%0D%0Alines%0D%0A%0D%0A');
    const read = params(href);
    expect(read.subject).toBe(hostile.headline);
    expect(read.body).toBe(`One & two\r\nlines\r\n\r\n${hostile.url}`);
  });
});

describe('configured networks', () => {
  it('come in the order the site config lists them, and only those', () => {
    expect(shareLinks(story, ['email', 'bluesky', 'x']).map((link) => link.network)).toEqual(['email', 'bluesky', 'x']);
    expect(shareLinks(story, [])).toEqual([]);
  });

  it('refuse a network listed twice, naming the config file and the network', () => {
    expect(() => shareLinks(story, ['x', 'email', 'x'])).toThrow(
      'src/site.config.ts: shareNetworks lists "x" more than once; list each network once, in the order readers should see them.',
    );
  });

  it('are all offered by the sample site', () => {
    expect([...site.shareNetworks].sort()).toEqual([...SHARE_NETWORKS].sort());
  });
});
