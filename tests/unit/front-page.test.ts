import { describe, expect, it } from 'vitest';
import { frontPage, shownBanner } from '../../src/lib/content/front-page.ts';
import { makeStory } from '../helpers/story.ts';

const sections = [{ id: 'city' }, { id: 'science' }, { id: 'sport' }];
const image = { src: {}, alt: 'x' };
const stories = [
  makeStory({ slug: 's1', data: { section: 'city' } }),
  makeStory({ slug: 's2', data: { section: 'science', image } as never }),
  makeStory({ slug: 's3', data: { section: 'city' } }),
  makeStory({ slug: 's4', data: { section: 'science' } }),
  makeStory({ slug: 's5', data: { section: 'city' } }),
];

describe('frontPage', () => {
  it('leads with the newest story that has a picture, then lists the latest', () => {
    const front = frontPage(stories, sections, { latestCount: 2, sectionCount: 3 });
    expect(front.lead?.slug).toBe('s2');
    expect(front.latest.map((story) => story.slug)).toEqual(['s1', 's3']);
  });

  it('shows no story twice and omits sections with nothing left', () => {
    const front = frontPage(stories, sections, { latestCount: 2, sectionCount: 3 });
    expect(front.sections.map((block) => [block.section.id, block.stories.map((story) => story.slug)])).toEqual([
      ['city', ['s5']],
      ['science', ['s4']],
    ]);
  });

  it('leads with the newest story when none has a picture', () => {
    const plain = stories.filter((story) => !story.data.image);
    expect(frontPage(plain, sections, { latestCount: 2, sectionCount: 3 }).lead?.slug).toBe('s1');
  });

  it('never lays out sponsored content, however new or pictured', () => {
    const sponsored = makeStory({ slug: 'ad', data: { section: 'city', type: 'sponsored', image } as never });
    const front = frontPage([sponsored, ...stories], sections, { latestCount: 2, sectionCount: 3 });
    const shown = [front.lead, ...front.latest, ...front.sections.flatMap((block) => block.stories)];
    expect(front.lead?.slug).toBe('s2');
    expect(shown.map((story) => story?.slug)).not.toContain('ad');
  });

  it('is empty for a site with no stories', () => {
    expect(frontPage([], sections, { latestCount: 2, sectionCount: 3 })).toEqual({
      lead: undefined,
      latest: [],
      sections: [],
    });
  });
});

describe('frontPage with the editors’ choices', () => {
  const options = { latestCount: 2, sectionCount: 3 };
  const slugsOf = (front: ReturnType<typeof frontPage>) => ({
    lead: front.lead?.slug,
    latest: front.latest.map((story) => story.slug),
    sections: front.sections.map((block) => [block.section.id, block.stories.map((story) => story.slug)]),
  });

  it('leads with the pinned story instead of the automatic one', () => {
    expect(slugsOf(frontPage(stories, sections, options, { lead: 's4' }))).toEqual({
      lead: 's4',
      latest: ['s1', 's2'],
      sections: [['city', ['s3', 's5']]],
    });
  });

  it('lists the pinned top stories first, in the editors’ order, then the newest others', () => {
    expect(slugsOf(frontPage(stories, sections, { ...options, latestCount: 3 }, { top: ['s5', 's3'] }))).toEqual({
      lead: 's2',
      latest: ['s5', 's3', 's1'],
      sections: [['science', ['s4']]],
    });
  });

  it('never cuts a pinned top story, even past latestCount', () => {
    const front = frontPage(stories, sections, { ...options, latestCount: 1 }, { top: ['s5', 's4', 's3'] });
    expect(front.latest.map((story) => story.slug)).toEqual(['s5', 's4', 's3']);
  });

  it('does not make a pinned top story the automatic lead: the editor said where it goes', () => {
    const front = frontPage(stories, sections, options, { top: ['s2'] });
    expect(slugsOf(front)).toEqual({
      lead: 's1',
      latest: ['s2', 's3'],
      sections: [
        ['city', ['s5']],
        ['science', ['s4']],
      ],
    });
  });

  it('shows no story twice: a top pin of the pinned lead, or a pin written twice', () => {
    const front = frontPage(stories, sections, options, { lead: 's3', top: ['s3', 's5', 's5'] });
    expect(slugsOf(front)).toEqual({ lead: 's3', latest: ['s5', 's1'], sections: [['science', ['s2', 's4']]] });
  });

  it('ignores pins to stories readers may not see yet, and says nothing of them', () => {
    const front = frontPage(stories, sections, options, { lead: 'embargoed', top: ['draft', 's5'] });
    expect(slugsOf(front)).toEqual(slugsOf(frontPage(stories, sections, options, { top: ['s5'] })));
    expect(front.lead?.slug).toBe('s2');
  });

  it('lays out a sponsored story an editor pins, and only that one', () => {
    const sponsored = makeStory({ slug: 'ad', data: { section: 'city', type: 'sponsored' } });
    const other = makeStory({ slug: 'ad2', data: { section: 'city', type: 'sponsored' } });
    const front = frontPage([sponsored, other, ...stories], sections, options, { top: ['ad'] });
    expect(slugsOf(front)).toEqual({
      lead: 's2',
      latest: ['ad', 's1'],
      sections: [
        ['city', ['s3', 's5']],
        ['science', ['s4']],
      ],
    });
  });

  it('is the automatic front when no choice is in force', () => {
    expect(frontPage(stories, sections, options, { top: [] })).toEqual(frontPage(stories, sections, options));
  });
});

describe('the banner as readers see it', () => {
  const until = new Date('2026-12-04T04:00:00Z');
  const published = [makeStory({ slug: 'ferry-suspended', url: '/city/2026/12/03/ferry-suspended/' })];

  it('leads to a path, a URL or a published story’s page', () => {
    expect(
      shownBanner({ text: 'Storm', link: { path: '/search/', line: 2, column: 9 }, until, line: 1 }, published),
    ).toEqual({
      text: 'Storm',
      href: '/search/',
    });
    // A path that is a story under embargo is no more shown than a story: link.
    const toEmbargoed = {
      text: 'Storm',
      link: { path: '/city/2026/12/09/later/?x#y', line: 2, column: 9 },
      until,
      line: 1,
    };
    expect(shownBanner(toEmbargoed, published, new Set(['/city/2026/12/09/later/']))).toBeUndefined();
    expect(shownBanner({ text: 'Storm', link: { url: 'https://weather.gov/' }, until, line: 1 }, published)?.href).toBe(
      'https://weather.gov/',
    );
    const toStory = { text: 'Storm', link: { story: 'ferry-suspended', line: 3, column: 10 }, until, line: 1 };
    expect(shownBanner(toStory, published)).toEqual({ text: 'Storm', href: '/city/2026/12/03/ferry-suspended/' });
    expect(shownBanner({ text: 'Storm', until, line: 1 }, published)).toEqual({ text: 'Storm' });
  });

  it('is not shown while the story it leads to is unpublished: its text would tell of it early', () => {
    const toStory = {
      text: 'Ferry suspended',
      link: { story: 'ferry-suspended', line: 3, column: 10 },
      until,
      line: 1,
    };
    expect(shownBanner(toStory, [])).toBeUndefined();
    expect(shownBanner(undefined, published)).toBeUndefined();
  });
});
