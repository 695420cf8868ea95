/** What a scored candidate has in common with the story, part by part: what `npm run related` prints. */
import { DAY_MS, type Scored, type ScoreParts } from './scoring.ts';
import type { IndexedStory, Term } from './term-index.ts';
import type { RelatedTuning } from './tuning.ts';

/** A scored candidate with what it has in common with the article, for editors asking why. */
export interface Explanation<T> {
  story: T;
  score: ScoreParts;
  daysApart: number;
  /** Shared tags with their rarity weight (idf), heaviest first. */
  sharedTags: { tag: string; idf: number }[];
  /** Shared key terms with their contribution to the text part, heaviest first. */
  sharedTerms: { term: string; weight: number }[];
}

/** The weight of `term` in the story's key-term vector; 0 when it is not one of its key terms. */
const weightIn = <T>(story: IndexedStory<T>, term: Term<T>): number =>
  story.keyTerms.find((keyTerm) => keyTerm.term === term)?.weight ?? 0;

export function explanationOf<T>(
  source: IndexedStory<T>,
  { candidate, score }: Scored<T>,
  tuning: RelatedTuning,
): Explanation<T> {
  return {
    story: candidate.story,
    score,
    daysApart: Math.abs(source.time - candidate.time) / DAY_MS,
    sharedTags: source.tags
      .filter((tag) => candidate.tags.includes(tag))
      .map((tag) => ({ tag: tag.label, idf: tag.idf }))
      .sort((a, b) => b.idf - a.idf || a.tag.localeCompare(b.tag)),
    sharedTerms: source.keyTerms
      .map(({ term, weight }) => ({ term: term.name, weight: tuning.text * weight * weightIn(candidate, term) }))
      .filter(({ weight }) => weight > 0)
      .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)),
  };
}
