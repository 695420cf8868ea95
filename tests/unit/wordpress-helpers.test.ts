import { describe, expect, it } from 'vitest';
import { embedFor, embedProvider } from '../../src/lib/import/embeds.ts';
import { attachmentOf, localImageName, originalOfResized, uploadPathOf } from '../../src/lib/import/images.ts';
import { itemInstant } from '../../src/lib/import/item-dates.ts';
import { oldSitePath, oldUrlManifest, withSlug } from '../../src/lib/import/old-urls.ts';
import { plainText } from '../../src/lib/import/text.ts';
import { filledTemplate, seoFields, seoOutcome } from '../../src/lib/import/seo.ts';
import { claimName, datelineSlug } from '../../src/lib/import/slugs.ts';
import { statusDecision } from '../../src/lib/import/statuses.ts';
import type { WxrItem } from '../../src/lib/import/wxr-reader.ts';
import { parseManifest } from '../../src/lib/urls/url-manifest.ts';

const NY = 'America/New_York';
const meta = (entries: Record<string, string>) => ({
  meta: Object.entries(entries).map(([key, value]) => ({ key, value })),
});

describe('WordPress names as Dateline ids', () => {
  it.each([
    ['bridge-reopens', 'bridge-reopens'],
    ['%d0%bc%d0%be%d1%81%d1%82-%d0%be%d1%82%d0%ba%d1%80%d1%8b%d1%82', 'most-otkryt'],
    ['caf%c3%a9-d%c3%a9j%c3%a0-vu', 'cafe-deja-vu'],
    ['北京欢迎你', 'bei-jing-huan-ying-ni'],
    ['Mark.Smith', 'mark-smith'],
    ['jane@example.com', 'jane-example-com'],
    ['🎉', ''],
  ])('%s → "%s"', (name, slug) => {
    expect(datelineSlug(name)).toBe(slug);
  });

  it('claims the next free name when one is taken', () => {
    const taken = new Set(['news', 'news-2']);
    expect(claimName('news', taken)).toBe('news-3');
    expect(claimName('sport', taken)).toBe('sport');
    expect(taken.has('news-3') && taken.has('sport')).toBe(true);
  });
});

describe('dates and statuses', () => {
  it('takes the UTC date when there is one, else reads the wall clock in the publication time zone', () => {
    expect(itemInstant('2019-05-03 08:30:00', '2019-05-03 12:30:00', NY)?.toISOString()).toBe(
      '2019-05-03T12:30:00.000Z',
    );
    expect(itemInstant('2026-11-02 09:15:00', '0000-00-00 00:00:00', NY)?.toISOString()).toBe(
      '2026-11-02T14:15:00.000Z',
    );
    expect(itemInstant('', '0000-00-00 00:00:00', NY)).toBeUndefined();
    expect(itemInstant('yesterday', '', NY)).toBeUndefined();
  });

  const now = new Date('2026-12-01T12:00:00Z');
  const later = new Date('2030-01-01T00:00:00Z');
  it.each([
    ['publish', now, { state: 'published' }],
    ['future', later, { state: 'embargoed' }],
    ['draft', now, { state: 'draft' }],
    ['pending', now, { state: 'draft' }],
    ['private', now, { state: 'draft' }],
  ] as const)('a %s post is imported as %j', (status, date, decision) => {
    expect(statusDecision(status, false, date, now)).toEqual(decision);
  });

  it('imports a password-protected post as a draft and says why, and a missed schedule as published', () => {
    expect(statusDecision('publish', true, now, now)).toMatchObject({
      state: 'draft',
      warning: expect.stringContaining('password-protected'),
    });
    expect(statusDecision('future', false, new Date('2026-01-01T00:00:00Z'), now)).toMatchObject({
      state: 'published',
      warning: expect.stringContaining('missed'),
    });
  });
});

describe('images', () => {
  it('finds an upload’s path under the uploads folder from its URL, on the old site only', () => {
    const hosts = ['old.example'];
    expect(uploadPathOf('https://old.example/wp-content/uploads/2019/05/Br%C3%BCcke.jpg', hosts)).toBe(
      '2019/05/Brücke.jpg',
    );
    expect(uploadPathOf('/wp-content/uploads/2019/05/a.png', hosts)).toBe('2019/05/a.png');
    expect(uploadPathOf('https://cdn.other.example/wp-content/uploads/2019/05/a.png', hosts)).toBeUndefined();
    expect(uploadPathOf('https://old.example/images/a.png', hosts)).toBeUndefined();
    expect(uploadPathOf('https://old.example/wp-content/uploads/../../etc/passwd', hosts)).toBeUndefined();
  });

  it('prefers the original to a size WordPress cut, and names the copy in safe letters', () => {
    expect(originalOfResized('2019/05/bridge-1024x683.jpg')).toBe('2019/05/bridge.jpg');
    expect(originalOfResized('2019/05/bridge.jpg')).toBeUndefined();
    expect(localImageName('2020/01/Brücke Süd.JPEG')).toBe('2020-01-brucke-sud.jpg');
  });

  it('reads an attachment’s alt text, caption and the credit WordPress kept from the camera', () => {
    const item = {
      id: 50,
      attachmentUrl: 'https://old.example/wp-content/uploads/2019/05/bridge.jpg',
      guid: '',
      title: 'bridge',
      excerpt: 'The span &amp; the sun.',
      parent: 10,
      menuOrder: 0,
      ...meta({
        _wp_attachment_image_alt: 'The bridge',
        _wp_attachment_metadata: 'a:1:{s:10:"image_meta";a:2:{s:6:"credit";s:8:"AP Photo";s:9:"copyright";s:0:"";}}',
      }),
    } as unknown as WxrItem;
    expect(attachmentOf(item)).toEqual({
      id: 50,
      url: 'https://old.example/wp-content/uploads/2019/05/bridge.jpg',
      alt: 'The bridge',
      caption: 'The span & the sun.',
      credit: 'AP Photo',
      title: 'bridge',
      parent: 10,
      menuOrder: 0,
    });
  });
});

describe('embeds', () => {
  const hosts = ['www.youtube-nocookie.com', 'player.vimeo.com', 'datawrapper.dwcdn.net'];
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://datawrapper.dwcdn.net/AbCdE/3/', 'https://datawrapper.dwcdn.net/AbCdE/3/'],
  ])('embeds %s from %s', (url, src) => {
    expect(embedFor(url, hosts)).toMatchObject({ kind: 'iframe', src });
  });

  it('links to what Dateline may not embed, naming the provider', () => {
    expect(embedFor('https://www.instagram.com/p/abc/', hosts)).toEqual({
      kind: 'link',
      url: 'https://www.instagram.com/p/abc/',
      provider: 'Instagram',
    });
    expect(embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ', ['player.vimeo.com'])).toMatchObject({
      kind: 'link',
      provider: 'YouTube',
    });
    expect(embedProvider('https://example.com/a-story/')).toBeUndefined();
    expect(embedFor('javascript:alert(1)', hosts)).toBeUndefined();
  });
});

describe('SEO fields', () => {
  it('reads Yoast SEO, else Rank Math', () => {
    expect(seoFields(meta({ _yoast_wpseo_metadesc: 'Desc' }))).toEqual({
      plugin: 'Yoast SEO',
      title: '',
      description: 'Desc',
      noindex: false,
    });
    expect(seoFields(meta({ rank_math_title: 'T', rank_math_robots: 'a:1:{i:0;s:7:"noindex";}' }))).toEqual({
      plugin: 'Rank Math',
      title: 'T',
      description: '',
      noindex: true,
    });
    expect(seoFields(meta({}))).toBeUndefined();
  });

  it('fills a title template with the headline and drops the rest of its variables', () => {
    expect(filledTemplate('%%title%% %%sep%% %%sitename%%', 'Bridge reopens')).toBe('Bridge reopens');
    expect(filledTemplate('%title% %sep% %sitename%', 'Bridge reopens')).toBe('Bridge reopens');
    expect(filledTemplate('%%title%%', 'Prices up $$ and $& more')).toBe('Prices up $$ and $& more');
  });

  it('makes the description the dek only without an excerpt, and reports what it cannot keep', () => {
    const seo = {
      plugin: 'Yoast SEO' as const,
      title: 'Other words %%sep%% %%sitename%%',
      description: 'An SEO line',
      noindex: false,
    };
    expect(seoOutcome(seo, 'Bridge', '')).toEqual({
      description: 'An SEO line',
      warnings: ['Yoast SEO title "Other words" not kept: Dateline titles the page with its headline'],
    });
    expect(seoOutcome({ ...seo, title: '' }, 'Bridge', 'The excerpt').warnings).toEqual([
      'Yoast SEO description "An SEO line" not kept: the excerpt is the dek',
    ]);
    expect(seoOutcome({ ...seo, title: '', description: 'the excerpt' }, 'Bridge', 'The excerpt')).toEqual({
      warnings: [],
    });
  });
});

describe('old addresses', () => {
  const home = 'https://old.example/blog';
  it('makes an old permalink a path of the site, from its home, decoded, ending in a slash', () => {
    expect(oldSitePath('https://old.example/blog/2019/05/03/slug/', home)).toEqual({ path: '/2019/05/03/slug/' });
    expect(oldSitePath('https://old.example/blog/2019/05/%d0%bc%d0%be%d1%81%d1%82', home)).toEqual({
      path: '/2019/05/мост/',
    });
    expect(oldSitePath('https://old.example/blog/?p=12', home)).toMatchObject({
      problem: expect.stringContaining('plain permalinks'),
    });
    expect(oldSitePath('https://elsewhere.example/x/', home)).toMatchObject({
      problem: expect.stringContaining('not on the site'),
    });
    expect(withSlug('/2019/05/03/new-slug/', 'old-slug')).toBe('/2019/05/03/old-slug/');
  });

  it('lists the old URLs as a Dateline build’s urls.json lists its own, under the old home’s path', () => {
    const manifest = oldUrlManifest(home, [
      { path: '/' },
      { path: '/2019/x/', to: '/news/2019/01/01/x/' },
      { path: '/about/', to: '/about/' },
    ]);
    expect(manifest).toEqual({
      site: 'https://old.example/blog',
      preview: false,
      urls: [
        { url: '/blog/', kind: 'page' },
        { url: '/blog/2019/x/', kind: 'redirect', to: '/news/2019/01/01/x/' },
        { url: '/blog/about/', kind: 'page' },
      ],
    });
    expect(parseManifest(JSON.stringify(manifest), 'wordpress-urls.json').urls).toHaveLength(3);
  });
});

it('takes the tags out of a title and decodes its entities', () => {
  expect(plainText('Bridge <em>reopens</em> &amp; traffic&#8217;s back')).toBe('Bridge reopens & traffic’s back');
});

it('finds an upload served through Jetpack’s image CDN', () => {
  expect(uploadPathOf('https://i0.wp.com/old.example/wp-content/uploads/2019/05/a.jpg?w=640', ['old.example'])).toBe(
    '2019/05/a.jpg',
  );
  expect(
    uploadPathOf('https://i2.wp.com/other.example/wp-content/uploads/2019/05/a.jpg', ['old.example']),
  ).toBeUndefined();
});
