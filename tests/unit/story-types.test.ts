import { describe, expect, it } from 'vitest';
import { feedEntry } from '../../src/lib/feeds/feeds.ts';
import {
  coverageAt,
  schemaTypeOf,
  STORY_TYPES,
  storyTypeLabel,
  typeListings,
} from '../../src/lib/content/story-types.ts';
import { newsArticle } from '../../src/lib/social/structured-data.ts';
import { makeStory } from '../helpers/story.ts';

describe('story types', () => {
  it('label every kind of story but news, the one a news site publishes unlabelled', () => {
    expect(STORY_TYPES.map((type) => [type, storyTypeLabel(type)])).toEqual([
      ['news', undefined],
      ['analysis', 'Analysis'],
      ['opinion', 'Opinion'],
      ['review', 'Review'],
      ['explainer', 'Explainer'],
      ['obituary', 'Obituary'],
      ['sponsored', 'Sponsored content'],
      ['live', 'Live'],
    ]);
  });

  it('each have a listing of their own but news, for the types some story is of', () => {
    expect(
      typeListings([makeStory({ data: { type: 'live' } }), makeStory(), makeStory({ data: { type: 'opinion' } })]),
    ).toEqual([
      {
        type: 'opinion',
        name: 'Opinion',
        description: 'Columns and commentary: each piece is the view of its writer.',
      },
      { type: 'live', name: 'Live coverage', description: 'Events as they unfolded, update by update.' },
    ]);
    const everyType = STORY_TYPES.map((type) => makeStory({ data: { type } }));
    expect(typeListings(everyType).map(({ name }) => name)).toEqual([
      'Analysis',
      'Opinion',
      'Reviews',
      'Explainers',
      'Obituaries',
      'Sponsored content',
      'Live coverage',
    ]);
  });

  it('say whether live coverage is open or has ended at build time', () => {
    const now = new Date('2026-12-02T18:00:00Z');
    expect(coverageAt({ type: 'news' }, now)).toBeUndefined();
    expect(coverageAt({ type: 'live' }, now)).toBe('open');
    expect(coverageAt({ type: 'live', coverageEndTime: new Date('2026-12-02T18:00:01Z') }, now)).toBe('open');
    expect(coverageAt({ type: 'live', coverageEndTime: now }, now)).toBe('ended');
    expect(storyTypeLabel('live', 'open')).toBe('Live');
    expect(storyTypeLabel('live', 'ended')).toBe('Coverage ended');
  });

  it('give structured data the schema.org type of each kind', () => {
    expect(STORY_TYPES.map(schemaTypeOf)).toEqual([
      'NewsArticle',
      'AnalysisNewsArticle',
      'OpinionNewsArticle',
      'ReviewNewsArticle',
      'BackgroundNewsArticle',
      'NewsArticle',
      'AdvertiserContentArticle',
      'LiveBlogPosting',
    ]);
    const context = {
      publication: { name: 'The Post', url: 'https://news.example', language: 'en-US' },
      authors: [],
      sectionName: 'City',
      images: [],
    };
    expect(newsArticle(makeStory({ data: { type: 'opinion' } }), context)['@type']).toBe('OpinionNewsArticle');
    expect(newsArticle(makeStory(), context)['@type']).toBe('NewsArticle');
  });

  it('come first among a feed item’s categories, and not at all for news', () => {
    const parts = { contentHtml: '', authors: [], origin: 'https://news.example' };
    expect(feedEntry(makeStory({ data: { type: 'analysis', tags: ['Budget'] } }), parts).tags).toEqual([
      'Analysis',
      'Budget',
    ]);
    expect(feedEntry(makeStory({ data: { tags: ['Budget'] } }), parts).tags).toEqual(['Budget']);
  });
});
