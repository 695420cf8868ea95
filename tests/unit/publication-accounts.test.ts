import { describe, expect, it } from 'vitest';
import { publicationAccounts } from '../../src/lib/social/publication-accounts.ts';

describe('publicationAccounts', () => {
  it('lists every configured network in the footer order, whatever order the config uses', () => {
    const accounts = publicationAccounts({
      linkedin: 'https://linkedin.example/company/post',
      x: 'https://x.com/post',
      facebook: 'https://facebook.example/post',
      mastodon: 'https://mastodon.example/@post',
      bluesky: 'https://bsky.app/profile/post.example',
    });
    expect(accounts.map((account) => account.network)).toEqual(['X', 'Bluesky', 'Mastodon', 'Facebook', 'LinkedIn']);
  });

  it.each([
    { social: {}, networks: [] },
    { social: { bluesky: 'https://bsky.app/profile/post.example' }, networks: ['Bluesky'] },
    { social: { x: '', mastodon: 'https://mastodon.example/@post' }, networks: ['Mastodon'] },
  ])('leaves out networks without a URL: $social', ({ social, networks }) => {
    expect(publicationAccounts(social).map((account) => account.network)).toEqual(networks);
  });

  it('links each account to the URL the config gives', () => {
    expect(publicationAccounts({ x: 'https://x.com/post' })).toEqual([{ network: 'X', url: 'https://x.com/post' }]);
  });
});
