import { describe, expect, it } from 'vitest';
import { creditedAuthors } from '../../src/lib/content/credited-authors.ts';
import {
  articleBreadcrumbs,
  newsArticle,
  serializeJsonLd,
  webSite,
  type Publication,
} from '../../src/lib/social/structured-data.ts';
import { makeStory } from '../helpers/story.ts';

const publication: Publication = {
  name: 'The Post',
  url: 'https://news.example',
  language: 'en-US',
};
const authors = new Map([
  ['alice', { data: { name: 'Alice Adams' } }],
  ['bob', { data: { name: 'Bob Brown' } }],
]);
const HOSTILE = 'Mayor says "</script><script>alert(1)</script>" & more';

const story = makeStory({
  slug: 'harbor-vote',
  data: {
    headline: 'Council backs harbor plan',
    dek: 'A 7–2 vote.',
    byline: ['alice', 'bob'],
    publishedAt: new Date('2026-11-20T13:30:00Z'),
    updatedAt: new Date('2026-11-20T18:00:00Z'),
    tags: ['Harbor', 'City Council'],
  },
});
const context = {
  publication,
  authors: creditedAuthors(story.data.byline, authors, publication.url),
  sectionName: 'News',
  images: ['https://news.example/social/harbor-vote.png'],
};

describe('NewsArticle', () => {
  it('carries what Google asks of a news article, with absolute URLs', () => {
    expect(newsArticle(story, context)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council backs harbor plan',
      description: 'A 7–2 vote.',
      image: ['https://news.example/social/harbor-vote.png'],
      datePublished: '2026-11-20T13:30:00.000Z',
      dateModified: '2026-11-20T18:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Alice Adams', url: 'https://news.example/authors/alice/' },
        { '@type': 'Person', name: 'Bob Brown', url: 'https://news.example/authors/bob/' },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Post',
        url: 'https://news.example/',
        logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png', width: 512, height: 512 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/news/2026/11/20/harbor-vote/' },
      url: 'https://news.example/news/2026/11/20/harbor-vote/',
      inLanguage: 'en-US',
      articleSection: 'News',
      keywords: ['Harbor', 'City Council'],
    });
  });

  it('is modified when published if the story was never updated', () => {
    const fresh = makeStory({ data: { publishedAt: new Date('2026-11-21T08:00:00Z') } });
    expect(newsArticle(fresh, context).dateModified).toBe('2026-11-21T08:00:00.000Z');
  });

  it('lists each correction as a CorrectionComment, in the order the editor wrote them', () => {
    const corrected = makeStory({
      data: {
        corrections: [
          { date: new Date('2026-11-21T09:00:00Z'), text: 'An earlier version misspelt the mayor’s name.' },
          { date: new Date('2026-11-22T10:00:00Z'), text: 'The vote was 7–2, not 6–3.' },
        ],
      },
    });
    expect(newsArticle(corrected, context).correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version misspelt the mayor’s name.',
        datePublished: '2026-11-21T09:00:00.000Z',
      },
      { '@type': 'CorrectionComment', text: 'The vote was 7–2, not 6–3.', datePublished: '2026-11-22T10:00:00.000Z' },
    ]);
    expect(newsArticle(story, context).correction).toBeUndefined();
  });
});

it('builds the Home › Section › Article breadcrumb trail', () => {
  expect(articleBreadcrumbs(story, { publication, sectionName: 'News' })).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'The Post', item: 'https://news.example/' },
      { '@type': 'ListItem', position: 2, name: 'News', item: 'https://news.example/news/' },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'Council backs harbor plan',
        item: 'https://news.example/news/2026/11/20/harbor-vote/',
      },
    ],
  });
});

it('describes the site with a search action pointing at the search page', () => {
  const site = webSite({ ...publication, description: 'News for the coast.', searchPath: '/search/' });
  expect(site).toMatchObject({
    '@type': 'WebSite',
    name: 'The Post',
    url: 'https://news.example/',
    description: 'News for the coast.',
  });
  expect(site.publisher).toMatchObject({ logo: { url: 'https://news.example/logo.png' } });
  expect(site.publisher).not.toHaveProperty('ethicsPolicy');
  expect(site.potentialAction).toEqual({
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: 'https://news.example/search/?q={search_term_string}' },
    'query-input': 'required name=search_term_string',
  });
});

it("names the publisher's policies and masthead on the pages that are them", () => {
  const site = webSite({
    ...publication,
    policies: { ethicsPolicy: '/ethics/', masthead: '/masthead/' },
    description: 'News for the coast.',
    searchPath: '/search/',
  });
  expect(site.publisher).toMatchObject({
    '@type': 'NewsMediaOrganization',
    ethicsPolicy: 'https://news.example/ethics/',
    masthead: 'https://news.example/masthead/',
  });
});

describe('serializing JSON-LD into a script element', () => {
  const hostile = newsArticle(
    makeStory({ data: { headline: HOSTILE, dek: 'Line\u2028and\u2029paragraph <!-- comment' } }),
    context,
  );

  it('leaves no character that could close the element, open a comment or break a line', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('reads back as exactly the text the editor wrote', () => {
    const parsed = JSON.parse(serializeJsonLd(hostile)) as { headline: string; description: string };
    expect(parsed.headline).toBe(HOSTILE);
    expect(parsed.description).toBe('Line\u2028and\u2029paragraph <!-- comment');
  });
});
