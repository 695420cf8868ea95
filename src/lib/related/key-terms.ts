/**
 * Each article's key terms: the strongest TF-IDF terms of its headline, dek and body (stop words
 * removed, see text-terms.ts), as a unit vector, so the dot product of two articles' vectors is the
 * cosine similarity of their texts.
 */
import { getOrAdd } from './get-or-add.ts';
import type { Relatable } from './relatable.ts';
import { termOf, words } from './text-terms.ts';
import type { RelatedTuning } from './tuning.ts';

/** A term and its weight in an article's unit vector. */
export interface WeightedTerm {
  name: string;
  weight: number;
}

/** A term met in the articles, with the running counts that weighing it needs. */
interface CountedTerm {
  readonly name: string;
  /** Weighted count in the article being counted; 0 between articles. */
  count: number;
  /** Articles that use it (its document frequency). */
  articles: number;
}

interface TermFrequency {
  term: CountedTerm;
  frequency: number;
}

/** Counts the terms of article after article, looking at each distinct word only once. */
class TermCounter {
  /** The term of each word met so far; null for a word that is no term (a stop word, a number). */
  private readonly termOfWord = new Map<string, CountedTerm | null>();
  private readonly terms = new Map<string, CountedTerm>();
  private readonly counted: CountedTerm[] = [];

  add(text: string, weight: number): void {
    for (const word of words(text)) {
      let term = this.termOfWord.get(word);
      if (term === undefined) {
        const name = termOf(word);
        term = name === undefined ? null : this.termNamed(name);
        this.termOfWord.set(word, term);
      }
      if (term !== null) this.count(term, weight);
    }
  }

  /** Adds terms already counted by bodyTermsOf, each `weight` times its count. */
  addCounted(bodyTerms: string, weight: number): void {
    if (!bodyTerms) return;
    for (const pair of bodyTerms.split(' ')) {
      const colon = pair.lastIndexOf(':');
      this.count(this.termNamed(pair.slice(0, colon)), weight * Number(pair.slice(colon + 1)));
    }
  }

  private termNamed(name: string): CountedTerm {
    return getOrAdd(this.terms, name, () => ({ name, count: 0, articles: 0 }));
  }

  private count(term: CountedTerm, weight: number): void {
    if (term.count === 0) this.counted.push(term);
    term.count += weight;
  }

  /**
   * The terms added since the last call with their counts, and a clean start for the next article.
   * A term already in `maxPostings` articles can never be a key term, so its count is not kept: in a
   * large archive many of an article's terms are such everyday ones, and keeping them only fills the heap.
   */
  take(maxPostings: number): TermFrequency[] {
    const taken: TermFrequency[] = [];
    for (const term of this.counted) {
      if (term.articles < maxPostings) taken.push({ term, frequency: term.count });
      term.count = 0;
      term.articles++;
    }
    this.counted.length = 0;
    return taken;
  }
}

/**
 * The key terms of each article, in the order given. A term in only one article can match nothing,
 * and one in every article or in more than `maxPostings` says nothing: none of them takes a place in a vector.
 */
export function keyTermsOf<T extends Relatable>(
  stories: readonly T[],
  tuning: Pick<RelatedTuning, 'keyTerms' | 'maxPostings'>,
): { story: T; keyTerms: WeightedTerm[] }[] {
  const counter = new TermCounter();
  const counted = stories.map((story) => {
    // A word of the headline tells more than one of the body, and the dek sits between the two.
    counter.add(story.data.headline, 3);
    if (story.data.dek) counter.add(story.data.dek, 2);
    counter.addCounted(story.bodyTerms, 1);
    return { story, terms: counter.take(tuning.maxPostings) };
  });
  const storyCount = stories.length;
  const telling = ({ term }: TermFrequency) =>
    term.articles >= 2 && term.articles <= tuning.maxPostings && term.articles !== storyCount;
  return counted.map(({ story, terms }) => {
    const kept = terms
      .filter(telling)
      .map(({ term, frequency }) => ({
        name: term.name,
        weight: (1 + Math.log(frequency)) * Math.log(storyCount / term.articles),
      }))
      .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1))
      .slice(0, tuning.keyTerms);
    const norm = Math.hypot(...kept.map(({ weight }) => weight)) || 1;
    return { story, keyTerms: kept.map(({ name, weight }) => ({ name, weight: weight / norm })) };
  });
}
