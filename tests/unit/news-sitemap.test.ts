import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsLanguage, newsSitemap, recentStories } from '../../src/lib/feeds/news-sitemap.ts';
import { makeStory } from '../helpers/story.ts';

const now = new Date('2026-11-25T12:00:00Z');
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const at = (slug: string, publishedAt: Date, extra: Parameters<typeof makeStory>[0] = {}) =>
  makeStory({ slug, ...extra, data: { publishedAt, ...extra.data } });

describe('the stories a news sitemap lists', () => {
  it('are those published in the 48 hours before the build, newest first', () => {
    const stories = [
      at('day-old', hoursBefore(24)),
      at('three-days', hoursBefore(72)),
      at('hour-old', hoursBefore(1)),
      at('edge', hoursBefore(48)),
    ];
    expect(recentStories(stories, now).map((story) => story.slug)).toEqual(['hour-old', 'day-old', 'edge']);
  });

  it('never include a story still under embargo or one only shown in a preview', () => {
    const stories = [
      at('future', new Date('2026-11-26T00:00:00Z')),
      at('draft', hoursBefore(2), { unpublished: 'draft' }),
    ];
    expect(recentStories(stories, now)).toEqual([]);
  });
});

describe('the Google News sitemap', () => {
  const options = { origin: 'https://news.example', publicationName: 'The Post & Courier', language: 'en-US', now };
  const xml = newsSitemap(
    [
      at('vote', hoursBefore(3), { data: { headline: 'Mayor says "</script>" & <more>' } }),
      at('old', hoursBefore(100)),
    ],
    options,
  );
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    urlset: { '@_xmlns:news': string; url: { loc: string; 'news:news': Record<string, unknown> } };
  };

  it('is well-formed XML in the news namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  });

  it('gives each recent article its publication, date and title, escaped and read back intact', () => {
    expect(parsed.urlset.url).toEqual({
      loc: 'https://news.example/news/2026/11/20/vote/',
      'news:news': {
        'news:publication': { 'news:name': 'The Post & Courier', 'news:language': 'en' },
        'news:publication_date': '2026-11-25T09:00:00.000Z',
        'news:title': 'Mayor says "</script>" & <more>',
      },
    });
  });

  it('is still a valid, empty sitemap on a quiet news day', () => {
    const quiet = newsSitemap([at('old', hoursBefore(100))], options);
    expect(XMLValidator.validate(quiet)).toBe(true);
    expect(quiet).not.toContain('<url>');
  });
});

it('names the language as Google News wants it', () => {
  expect(newsLanguage('en-US')).toBe('en');
  expect(newsLanguage('de')).toBe('de');
  expect(newsLanguage('zh-Hant-TW')).toBe('zh-tw');
  expect(newsLanguage('zh-CN')).toBe('zh-cn');
});
