/**
 * The shared test newsroom plus what feeds, sitemaps and structured data need to be tested on: two stories
 * inside the news sitemap's 48 hours, one just outside it, a body with relative links and a photo, and a
 * corrected story whose headline tries to break out of a script element.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { fixtureImage, writeContent, type ContentFiles } from '../helpers/site.ts';

export { BUILD_NOW };

export const HOSTILE_HEADLINE = 'Mayor says "</script><script>alert(1)</script>" & more';

/** Site paths of the stories this fixture adds. */
export const CORRECTED = '/news/2026/11/25/mayor-quote/';
export const RECENT = '/news/2026/11/24/ferry-timetable/';
export const JUST_TOO_OLD = '/news/2026/11/23/two-days-ago/';

export const CORRECTION_TEXT = 'An earlier version of this story misquoted the mayor.';

export function distributionFixture(): ContentFiles {
  const newsroom = newsroomFixture();
  return {
    ...newsroom,
    articles: {
      ...newsroom.articles,
      'mayor-quote': {
        data: {
          headline: HOSTILE_HEADLINE,
          dek: 'The <b>mayor</b> & the council disagree.',
          byline: ['alice-adams', 'bob-brown'],
          publishedAt: '2026-11-25T09:00:00Z',
          updatedAt: '2026-11-25T11:00:00Z',
          section: 'news',
          tags: ['City Council', 'Mayor'],
          corrections: [{ date: '2026-11-25T11:00:00Z', text: CORRECTION_TEXT }],
        },
        body: 'The mayor spoke at length.\n',
      },
      'ferry-timetable': {
        data: {
          headline: 'Ferry timetable changes tonight',
          dek: 'Evening crossings move by ten minutes.',
          byline: 'bob-brown',
          // 16 hours before the build.
          publishedAt: '2026-11-24T20:00:00Z',
          section: 'news',
          tags: ['Ferries'],
        },
        body: [
          'The change follows [the late vote](/news/2026/10/31/late-night-vote/), as [our notes](#notes) explain.',
          '',
          '![The ferry at dusk](./ferry-photo.jpg)',
          '',
        ].join('\n'),
      },
      'two-days-ago': {
        data: {
          headline: 'Harbor dredging begins',
          byline: 'alice-adams',
          // 49 hours before the build: too old for the news sitemap.
          publishedAt: '2026-11-23T11:00:00Z',
          section: 'news',
        },
        body: 'Dredgers arrived.\n',
      },
    },
  };
}

/** Writes the fixture, with the photo the ferry story's body shows beside it. */
export function writeDistributionFixture(root: string): string {
  const content = writeContent(root, distributionFixture());
  copyFileSync(fixtureImage, join(content, 'articles', 'ferry-photo.jpg'));
  return content;
}
