import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  authorChannel,
  feedEntry,
  feedStories,
  jsonFeed,
  rssFeed,
  sectionChannel,
  siteChannel,
  tagChannel,
} from '../../src/lib/feeds/feeds.ts';
import { makeStory } from '../helpers/story.ts';

const publication = {
  name: 'The Post',
  description: 'News for the coast.',
  url: 'https://news.example',
  language: 'en-US',
};
const authors = [
  { id: 'alice', name: 'Alice Adams', url: 'https://news.example/authors/alice/' },
  { id: 'bob', name: 'Bob Brown', url: 'https://news.example/authors/bob/' },
];
const story = makeStory({
  slug: 'harbor-vote',
  data: {
    headline: 'Council backs "harbor" plan & more',
    dek: 'A 7–2 vote.',
    publishedAt: new Date('2026-11-20T13:30:00Z'),
    updatedAt: new Date('2026-11-20T18:00:00Z'),
    tags: ['Harbor', 'City Council'],
  },
});
const card = {
  url: 'https://news.example/social/harbor-vote.png',
  type: 'image/png',
  width: 1200,
  height: 630,
  alt: 'Council backs "harbor" plan & more',
};
const entry = feedEntry(story, { contentHtml: '<p>Body</p>', authors, image: card, origin: publication.url });

describe('which stories a feed carries', () => {
  it('takes the newest ones up to the feed size', () => {
    const stories = ['2026-11-01', '2026-11-03', '2026-11-02'].map((day, index) =>
      makeStory({ slug: `s${index}`, data: { publishedAt: new Date(`${day}T10:00:00Z`) } }),
    );
    expect(feedStories(stories, 2).map((s) => s.slug)).toEqual(['s1', 's2']);
  });

  it('never carries a draft or embargoed story, even from a preview build', () => {
    const stories = [
      makeStory({ slug: 'draft', unpublished: 'draft' }),
      makeStory({ slug: 'later', unpublished: 'embargoed' }),
      makeStory({ slug: 'live' }),
    ];
    expect(feedStories(stories, 50).map((s) => s.slug)).toEqual(['live']);
  });
});

describe('feed channels', () => {
  it('live beside the page they follow, titled after it', () => {
    expect(siteChannel(publication)).toEqual({
      title: 'The Post',
      description: 'News for the coast.',
      homePageUrl: 'https://news.example/',
      feedUrl: 'https://news.example/feed.xml',
      language: 'en-US',
    });
    expect(siteChannel(publication, 'json').feedUrl).toBe('https://news.example/feed.json');
    expect(sectionChannel(publication, { id: 'city', data: { name: 'City' } })).toMatchObject({
      title: 'City | The Post',
      homePageUrl: 'https://news.example/city/',
      feedUrl: 'https://news.example/city/feed.xml',
    });
    expect(tagChannel(publication, { label: 'City Council' }).feedUrl).toBe(
      'https://news.example/tags/city-council/feed.xml',
    );
    expect(authorChannel(publication, { id: 'alice', data: { name: 'Alice Adams' } })).toMatchObject({
      title: 'Alice Adams | The Post',
      feedUrl: 'https://news.example/authors/alice/feed.xml',
    });
  });
});

describe('RSS options for @astrojs/rss', () => {
  const options = rssFeed(siteChannel(publication), [entry]);

  it('describe the channel with its language and its own address', () => {
    expect(options).toMatchObject({
      title: 'The Post',
      description: 'News for the coast.',
      site: 'https://news.example/',
    });
    expect(options.customData).toBe(
      '<language>en-us</language><atom:link href="https://news.example/feed.xml" rel="self" type="application/rss+xml"></atom:link>',
    );
  });

  it('carry the full body, the tags as categories, the byline as dc:creator and the picture, escaped', () => {
    expect(options.items).toEqual([
      {
        title: 'Council backs "harbor" plan & more',
        link: 'https://news.example/news/2026/11/20/harbor-vote/',
        pubDate: new Date('2026-11-20T13:30:00Z'),
        description: 'A 7–2 vote.',
        content: '<p>Body</p>',
        categories: ['Harbor', 'City Council'],
        customData:
          '<dc:creator>Alice Adams and Bob Brown</dc:creator>' +
          '<media:content url="https://news.example/social/harbor-vote.png" medium="image" type="image/png" width="1200" height="630">' +
          '<media:description>Council backs &quot;harbor&quot; plan &amp; more</media:description>' +
          '</media:content>',
      },
    ]);
    const ampersand = rssFeed(siteChannel(publication), [
      { ...entry, authors: [{ name: 'Smith & Jones', url: 'x' }], image: undefined },
    ]);
    expect(Array.isArray(ampersand.items) && ampersand.items[0]?.customData).toBe(
      '<dc:creator>Smith &amp; Jones</dc:creator>',
    );
  });
});

describe('the RSS feed as @astrojs/rss writes it', () => {
  const HOSTILE_ALT = 'A "bridge" </media:description><script>alert(1)</script> & more';
  const photo = {
    url: 'https://news.example/_astro/bridge.a1b2c3.jpg',
    type: 'image/jpeg',
    width: 1200,
    height: 630,
    alt: HOSTILE_ALT,
  };
  const xml = async (entries: (typeof entry)[]) => getRssString(rssFeed(siteChannel(publication), entries));
  const parse = (text: string) =>
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false }).parse(text) as {
      rss: Record<string, string> & { channel: { item: Record<string, unknown> } };
    };

  it('declares the Media RSS namespace beside Atom, Dublin Core and content', async () => {
    const { rss } = parse(await xml([entry]));
    expect(rss).toMatchObject({
      'xmlns:media': 'http://search.yahoo.com/mrss/',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
    });
  });

  it.each([
    ['a generated card', card],
    ['a photo’s crop', photo],
  ])('gives each item its picture as media:content, typed and sized, for %s', async (_kind, image) => {
    const { rss } = parse(await xml([{ ...entry, image }]));
    expect(rss.channel.item['media:content']).toEqual({
      url: image.url,
      medium: 'image',
      type: image.type,
      width: '1200',
      height: '630',
      'media:description': image.alt,
    });
  });

  it('escapes the alt text, so it cannot end its element or open another', async () => {
    const text = await xml([{ ...entry, image: photo }]);
    expect(text).toContain(
      '<media:description>A &quot;bridge&quot; &lt;/media:description&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</media:description>',
    );
    expect(text).not.toContain('<script>');
  });

  it('leaves out media:content for a story without a picture', async () => {
    expect(await xml([{ ...entry, image: undefined }])).not.toContain('media:content');
  });
});

describe('JSON Feed 1.1', () => {
  it('has the version, the channel and each item with HTML, dates, authors, tags and image', () => {
    expect(jsonFeed(siteChannel(publication, 'json'), [entry])).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Post',
      description: 'News for the coast.',
      home_page_url: 'https://news.example/',
      feed_url: 'https://news.example/feed.json',
      language: 'en-US',
      items: [
        {
          id: 'https://news.example/news/2026/11/20/harbor-vote/',
          url: 'https://news.example/news/2026/11/20/harbor-vote/',
          title: 'Council backs "harbor" plan & more',
          content_html: '<p>Body</p>',
          summary: 'A 7–2 vote.',
          image: 'https://news.example/social/harbor-vote.png',
          date_published: '2026-11-20T13:30:00.000Z',
          date_modified: '2026-11-20T18:00:00.000Z',
          authors: [
            { name: 'Alice Adams', url: 'https://news.example/authors/alice/' },
            { name: 'Bob Brown', url: 'https://news.example/authors/bob/' },
          ],
          tags: ['Harbor', 'City Council'],
        },
      ],
    });
  });

  it('leaves out what a story does not have rather than writing empty values', () => {
    const plain = feedEntry(makeStory(), { contentHtml: '<p>x</p>', authors, origin: publication.url });
    const [item] = JSON.parse(JSON.stringify(jsonFeed(siteChannel(publication, 'json'), [plain]).items)) as Record<
      string,
      unknown
    >[];
    expect(item).not.toHaveProperty('summary');
    expect(item).not.toHaveProperty('date_modified');
    expect(item).not.toHaveProperty('tags');
    expect(item).not.toHaveProperty('image');
  });
});
