/** The small newsroom most build tests use: two sections, two authors, enough stories to paginate. */
import type { ContentFiles } from './site.ts';

export const BUILD_NOW = '2026-11-25T12:00:00Z';
export const DRAFT_MARKER = 'Zanzibarquux';
export const EMBARGO_MARKER = 'Quetzalplum';

const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 14, 0)).toISOString();

export function newsroomFixture(): ContentFiles {
  const routine = Object.fromEntries(
    Array.from({ length: 23 }, (_, index) => {
      const number = String(index + 1).padStart(2, '0');
      return [
        `news-${number}`,
        {
          data: {
            headline: `Routine council story number ${number}`,
            byline: 'alice-adams',
            publishedAt: day(index),
            section: 'news',
            tags: index % 2 === 0 ? ['City Council'] : ['Budget'],
          },
          body: `Story ${number} of the routine council coverage.\n`,
        },
      ];
    }),
  );
  return {
    sections: {
      news: { name: 'News', description: 'What happened today.', order: 1 },
      sport: { name: 'Sport', order: 2 },
    },
    authors: {
      'alice-adams': {
        data: {
          name: 'Alice Adams',
          role: 'City Editor',
          links: { email: 'alice@news.example', bluesky: 'alice.bsky.social' },
        },
        body: 'Alice has covered City Hall for **ten years**.',
      },
      'bob-brown': { data: { name: 'Bob Brown' }, body: 'Bob writes about sport.' },
    },
    articles: {
      ...routine,
      'sport/bridge-run': {
        data: {
          headline: 'Thousands run across the "new" bridge & cheer',
          dek: 'The first race over the span drew a record field.',
          byline: ['bob-brown', 'alice-adams'],
          publishedAt: '2026-11-20T13:30:00Z',
          updatedAt: '2026-11-20T18:00:00Z',
          section: 'sport',
          tags: ['Harbor Bridge', 'City Council'],
          dateline: 'PORT MERIDIAN',
          image: {
            src: 'harbor.jpg',
            alt: 'Runners on a bridge at dawn',
            caption: 'The field at mile one.',
            credit: 'Photo: Bob Brown',
          },
        },
        body: [
          'The race began at dawn.',
          '',
          'Results are on [the league site](https://league.example/results).',
          '',
          '| Place | Runner |',
          '|---|---|',
          '| 1 | A. Runner |',
          '',
        ].join('\n'),
      },
      'late-night-vote': {
        data: {
          headline: 'Council votes after midnight',
          byline: 'alice-adams',
          // 22:30 on October 31 in New York, already November 1 in UTC.
          publishedAt: '2026-11-01T02:30:00Z',
          section: 'news',
          tags: ['City Council'],
        },
        body: 'A late vote.\n',
      },
      'secret-draft': {
        data: {
          headline: `Unfinished ${DRAFT_MARKER} story`,
          byline: 'alice-adams',
          publishedAt: '2026-11-10T10:00:00Z',
          section: 'news',
          tags: [DRAFT_MARKER],
          draft: true,
        },
        body: `${DRAFT_MARKER} is not ready.\n`,
      },
      'embargoed-report': {
        data: {
          headline: `Report on ${EMBARGO_MARKER} due in January`,
          byline: 'bob-brown',
          publishedAt: '2027-01-15T11:00:00Z',
          section: 'sport',
          tags: [EMBARGO_MARKER],
        },
        body: `${EMBARGO_MARKER} findings.\n`,
      },
    },
  };
}
