import { describe, expect, it } from 'vitest';
import { frontPage } from '../../src/lib/content/front-page.ts';
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
