import { describe, expect, it } from 'vitest';
import { explanationOf } from '../../src/lib/related/explanation.ts';
import { rankCandidates } from '../../src/lib/related/scoring.ts';
import { indexStories } from '../../src/lib/related/term-index.ts';
import { DEFAULT_TUNING } from '../../src/lib/related/tuning.ts';
import { makeStory } from '../helpers/story.ts';

describe('the explanation of a score', () => {
  const indexed = indexStories(
    [
      makeStory({
        slug: 'source',
        body: 'Seawall bond vote.',
        data: {
          headline: 'Seawall bond',
          tags: ['Seawall', 'Elections'],
          publishedAt: new Date('2026-11-20T12:00:00Z'),
        },
      }),
      makeStory({
        slug: 'candidate',
        body: 'Seawall bond campaign.',
        data: {
          headline: 'Bond campaign',
          tags: ['Seawall', 'Elections'],
          publishedAt: new Date('2026-11-10T12:00:00Z'),
        },
      }),
      ...['e1', 'e2'].map((slug) =>
        makeStory({ slug, body: `Wordof${slug}.`, data: { headline: `Headline${slug}`, tags: ['Elections'] } }),
      ),
    ],
    DEFAULT_TUNING,
  );
  const source = indexed.find((entry) => entry.story.slug === 'source')!;
  const [best] = rankCandidates(source, 1, DEFAULT_TUNING);
  const explanation = explanationOf(source, best!, DEFAULT_TUNING);

  it('names the candidate, its score and how many days apart the two are', () => {
    expect(explanation.story.slug).toBe('candidate');
    expect(explanation.score).toBe(best!.score);
    expect(explanation.daysApart).toBe(10);
  });

  it('lists the shared tags, the rarest first', () => {
    expect(explanation.sharedTags.map(({ tag }) => tag)).toEqual(['Seawall', 'Elections']);
    expect(explanation.sharedTags[0]!.idf).toBeGreaterThan(explanation.sharedTags[1]!.idf);
  });

  it('lists the shared terms, whose weights add up to the text part', () => {
    expect(explanation.sharedTerms.map(({ term }) => term).sort()).toEqual(['bond', 'seawall']);
    expect(explanation.sharedTerms.reduce((sum, { weight }) => sum + weight, 0)).toBeCloseTo(
      explanation.score.text,
      12,
    );
  });
});
