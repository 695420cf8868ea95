import { describe, expect, it } from 'vitest';
import { keyTermsOf } from '../../src/lib/related/key-terms.ts';
import { DEFAULT_TUNING } from '../../src/lib/related/tuning.ts';
import { makeStory } from '../helpers/story.ts';

const story = (slug: string, headline: string, body: string) => makeStory({ slug, body, data: { headline } });
const namesOf = (keyTerms: { name: string }[]) => keyTerms.map(({ name }) => name).sort();

describe('key terms of an article', () => {
  const stories = [
    story('a', 'Harbor ferry', 'The ferry crossed the harbor at noon, said the mayor.'),
    story('b', 'Ferry fares', 'Ferry fares rise in spring.'),
    story('c', 'Harbor dredging', 'Dredging the harbor takes a year.'),
    story('d', 'Mayor speaks', 'The mayor spoke at noon.'),
  ];
  const [a, b, c, d] = keyTermsOf(stories, DEFAULT_TUNING);

  it('keeps the stories in the order given', () => {
    expect([a, b, c, d].map((entry) => entry?.story.slug)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps only terms another article shares, and no stop word', () => {
    expect(namesOf(a!.keyTerms)).toEqual(['ferry', 'harbor', 'mayor', 'noon']);
    expect(namesOf(b!.keyTerms)).toEqual(['ferry']);
  });

  it('leaves out a term every article uses', () => {
    const everywhere = keyTermsOf(
      [story('x', 'Budget vote', 'Budget.'), story('y', 'Budget hearing', 'Budget.')],
      DEFAULT_TUNING,
    );
    expect(everywhere.flatMap(({ keyTerms }) => keyTerms)).toEqual([]);
  });

  it('leaves out a term of more articles than maxPostings', () => {
    const ferries = [
      story('p', 'Ferry', 'Ferry tunnel.'),
      story('q', 'Ferry', 'Ferry tunnel.'),
      story('r', 'Ferry', 'Ferry.'),
      story('s', 'Bus', 'Bus.'),
    ];
    expect(keyTermsOf(ferries, { ...DEFAULT_TUNING, maxPostings: 2 }).map(({ keyTerms }) => namesOf(keyTerms))).toEqual(
      [['tunnel'], ['tunnel'], [], []],
    );
  });

  it('weighs a headline word above a body word, as a vector of length one', () => {
    const [withHeadline] = keyTermsOf(
      [
        story('h', 'Seawall', 'Tunnel.'),
        story('i', 'Other', 'Seawall tunnel.'),
        story('j', 'Third', 'Nothing shared.'),
      ],
      DEFAULT_TUNING,
    );
    const weight = (name: string) => withHeadline!.keyTerms.find((term) => term.name === name)?.weight ?? 0;
    expect(weight('seawall')).toBeGreaterThan(weight('tunnel'));
    expect(Math.hypot(...withHeadline!.keyTerms.map((term) => term.weight))).toBeCloseTo(1, 12);
  });

  it('keeps at most keyTerms terms, the strongest, equal weights by name', () => {
    const [first] = keyTermsOf(stories, { ...DEFAULT_TUNING, keyTerms: 1 });
    expect(namesOf(first!.keyTerms)).toEqual(['ferry']);
  });
});
