import { describe, expect, it } from 'vitest';
import { ogLocale, socialMeta, type MetaTag, type SocialPage } from '../../src/lib/social/social-meta.ts';

const page: SocialPage = {
  url: 'https://news.example/news/2026/11/20/harbor-vote/',
  title: 'Council backs harbor plan',
  description: 'A 7–2 vote.',
  siteName: 'The Post',
  language: 'en-US',
  image: {
    url: 'https://news.example/social/harbor-vote.png',
    width: 1200,
    height: 630,
    type: 'image/png',
    alt: 'Council backs harbor plan',
  },
};

/** Every value of a tag, in page order. */
const values = (tags: MetaTag[], key: string) =>
  tags.filter((tag) => ('property' in tag ? tag.property : tag.name) === key).map((tag) => tag.content);

describe('Open Graph and X card tags', () => {
  it('describe any page as a website with title, description, URL, site name, locale and image', () => {
    const tags = socialMeta(page);
    expect(values(tags, 'og:type')).toEqual(['website']);
    expect(values(tags, 'og:title')).toEqual(['Council backs harbor plan']);
    expect(values(tags, 'og:description')).toEqual(['A 7–2 vote.']);
    expect(values(tags, 'og:url')).toEqual([page.url]);
    expect(values(tags, 'og:site_name')).toEqual(['The Post']);
    expect(values(tags, 'og:locale')).toEqual(['en_US']);
    expect(values(tags, 'og:image')).toEqual(['https://news.example/social/harbor-vote.png']);
    expect(values(tags, 'og:image:width')).toEqual(['1200']);
    expect(values(tags, 'og:image:height')).toEqual(['630']);
    expect(values(tags, 'og:image:type')).toEqual(['image/png']);
    expect(values(tags, 'og:image:alt')).toEqual(['Council backs harbor plan']);
    expect(values(tags, 'article:published_time')).toEqual([]);
  });

  it('describe an article with its times, one tag per author page and per topic, and its section', () => {
    const tags = socialMeta({
      ...page,
      article: {
        publishedAt: new Date('2026-11-20T13:30:00Z'),
        updatedAt: new Date('2026-11-20T18:00:00Z'),
        authorUrls: ['https://news.example/authors/alice/', 'https://news.example/authors/bob/'],
        section: 'News',
        tags: ['Harbor', 'City Council'],
      },
    });
    expect(values(tags, 'og:type')).toEqual(['article']);
    expect(values(tags, 'article:published_time')).toEqual(['2026-11-20T13:30:00.000Z']);
    expect(values(tags, 'article:modified_time')).toEqual(['2026-11-20T18:00:00.000Z']);
    expect(values(tags, 'article:author')).toEqual([
      'https://news.example/authors/alice/',
      'https://news.example/authors/bob/',
    ]);
    expect(values(tags, 'article:section')).toEqual(['News']);
    expect(values(tags, 'article:tag')).toEqual(['Harbor', 'City Council']);
  });

  it('leave out the modified time of a story never updated', () => {
    const tags = socialMeta({
      ...page,
      article: { publishedAt: new Date('2026-11-20T13:30:00Z'), authorUrls: [], section: 'News', tags: [] },
    });
    expect(values(tags, 'article:modified_time')).toEqual([]);
  });

  it('ask X for the large card with the same title, description and image', () => {
    const tags = socialMeta(page);
    expect(values(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(values(tags, 'twitter:title')).toEqual(['Council backs harbor plan']);
    expect(values(tags, 'twitter:description')).toEqual(['A 7–2 vote.']);
    expect(values(tags, 'twitter:image')).toEqual(['https://news.example/social/harbor-vote.png']);
    expect(values(tags, 'twitter:image:alt')).toEqual(['Council backs harbor plan']);
  });

  it('ask X for the small card when the picture is only a logo of unknown size', () => {
    const tags = socialMeta({ ...page, image: { url: 'https://news.example/logo.svg', alt: 'The Post' } });
    expect(values(tags, 'twitter:card')).toEqual(['summary']);
    expect(values(tags, 'og:image:width')).toEqual([]);
    expect(values(tags, 'og:image:type')).toEqual([]);
  });

  it('use property for Open Graph and name for X, as each specification says', () => {
    for (const tag of socialMeta(page)) {
      const key = 'property' in tag ? tag.property : tag.name;
      expect('property' in tag).toBe(!key.startsWith('twitter:'));
    }
  });
});

it('writes locales the Open Graph way', () => {
  expect(ogLocale('en-US')).toBe('en_US');
  expect(ogLocale('pt-br')).toBe('pt_BR');
  expect(ogLocale('de')).toBe('de');
});
