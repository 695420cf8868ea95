import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/lib/related/scoring.ts';
import { indexStories } from '../../src/lib/related/term-index.ts';
import { DEFAULT_TUNING } from '../../src/lib/related/tuning.ts';
import { makeStory } from '../helpers/story.ts';

const story = (slug: string, tags: string[]) => makeStory({ slug, body: `Wordof${slug}.`, data: { tags } });
const ranked = (scored: { candidate: { story: { slug: string } }; score: { total: number } }[]) =>
  scored.map(({ candidate, score }) => [candidate.story.slug, score.total]);

describe('scoring candidates', () => {
  const indexed = indexStories(
    [
      story('source', ['Seawall', 'Budget']),
      story('both', ['Seawall', 'Budget']),
      story('budget', ['Budget']),
      story('none', ['Ferries']),
    ],
    DEFAULT_TUNING,
  );
  const [source, both] = ['source', 'both'].map((slug) => indexed.find((entry) => entry.story.slug === slug)!);

  it('ranks the stories sharing tags with it, best first, never the story itself', () => {
    expect(ranked(rankCandidates(source!, 10, DEFAULT_TUNING)).map(([slug]) => slug)).toEqual(['both', 'budget']);
  });

  it('keeps only the best `limit`', () => {
    expect(ranked(rankCandidates(source!, 1, DEFAULT_TUNING)).map(([slug]) => slug)).toEqual(['both']);
  });

  it('adds the parts up to the total', () => {
    const [best] = rankCandidates(source!, 1, DEFAULT_TUNING);
    const { tags, text, section, author, decay, total } = best!.score;
    expect(tags).toBeCloseTo(1, 12);
    expect(section).toBe(DEFAULT_TUNING.sameSection);
    expect(author).toBe(DEFAULT_TUNING.sharedAuthor);
    expect(total).toBe((tags + text + section + author) * decay);
  });

  it('follows no tag of more than maxPostings stories, but counts it for a candidate found through another', () => {
    const common = rankCandidates(source!, 10, { ...DEFAULT_TUNING, maxPostings: 2 });
    expect(common.map(({ candidate }) => candidate.story.slug)).toEqual(['both']);
    expect(common[0]!.score.tags).toBeCloseTo(1, 12);
  });

  it('starts every query from nothing, whatever the one before it summed', () => {
    const first = ranked(rankCandidates(source!, 10, DEFAULT_TUNING));
    rankCandidates(both!, 10, DEFAULT_TUNING);
    expect(ranked(rankCandidates(source!, 10, DEFAULT_TUNING))).toEqual(first);
  });
});
