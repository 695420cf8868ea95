import { describe, expect, it } from 'vitest';
import { indexStories } from '../../src/lib/related/term-index.ts';
import { DEFAULT_TUNING } from '../../src/lib/related/tuning.ts';
import { makeStory } from '../helpers/story.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));
const stories = [
  makeStory({
    slug: 'old',
    body: 'Seawall money.',
    data: { publishedAt: day(1), section: 'city', tags: ['Seawall', 'Budget'] },
  }),
  makeStory({
    slug: 'new',
    body: 'Seawall vote.',
    data: { publishedAt: day(3), section: 'politics', tags: ['seawall', 'SEAWALL'] },
  }),
  makeStory({ slug: 'mid', body: 'Budget talk.', data: { publishedAt: day(2), section: 'city', tags: ['Budget'] } }),
];
const [newest, middle, oldest] = indexStories(stories, DEFAULT_TUNING);

describe('the term index', () => {
  it('holds the stories newest first', () => {
    expect([newest, middle, oldest].map((entry) => entry?.story.slug)).toEqual(['new', 'mid', 'old']);
  });

  it('gives a story each tag once, labelled as the newest story spells it', () => {
    expect(newest!.tags.map(({ label }) => label)).toEqual(['seawall']);
    expect(oldest!.tags.map(({ label }) => label)).toEqual(['seawall', 'Budget']);
    expect(oldest!.tags[0]).toBe(newest!.tags[0]);
  });

  it('lists the stories of a tag newest first, and weighs the tag by its rarity', () => {
    const [seawall] = newest!.tags;
    expect(seawall!.stories.map(({ story }) => story.slug)).toEqual(['new', 'old']);
    expect(seawall!.idf).toBeCloseTo(Math.log(3 / 2), 12);
  });

  it('links each key term to the stories having it', () => {
    const seawall = oldest!.keyTerms.find(({ term }) => term.name === 'seawall');
    expect(seawall!.term.postings.map(({ story }) => story.story.slug)).toEqual(['new', 'old']);
    expect(seawall!.term.postings.find(({ story }) => story === oldest)?.weight).toBe(seawall!.weight);
  });

  it('gives stories of one section the same number', () => {
    expect(middle!.section).toBe(oldest!.section);
    expect(newest!.section).not.toBe(oldest!.section);
  });
});
