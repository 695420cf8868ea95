/**
 * Related stories: which published articles to offer at the end of an article, and why.
 *
 * Built once for the whole site as an inverted index (tag → articles, key term → articles), so each
 * article is compared only with the articles it shares a tag or a key term with, never with every
 * other article. For an article A and a candidate B:
 *
 *   total = (tags + text + section + author) × decay
 *
 * - tags: the share of A's tag weight that B also carries, each tag weighted by its rarity
 *   (idf = ln(articles / articles with the tag)), so a tag on 3 articles says more than one on 300;
 * - text: cosine similarity of the articles' key terms (the strongest TF-IDF terms of headline, dek
 *   and body, stop words removed);
 * - section and author: small bonuses for the same section and a shared author;
 * - decay: falls with the time between the two articles (half-life in days, never below a floor),
 *   so at equal relevance a story from the same week beats one from three years before.
 * Ties go to the newer story, then to the slug. Section and author bonuses alone never make a story
 * related: it must share tags or words with the article (`minRelevance`).
 */
import { newestFirst } from '../content/queries.ts';
import { tagSlug } from '../urls/permalink.ts';
import { proseOf } from '../content/reading-time.ts';
import { termOf, words } from './text-terms.ts';

/** What scoring needs of an article; every Story has it. */
export interface Relatable {
  id: string;
  slug: string;
  body: string;
  data: {
    headline: string;
    dek?: string;
    section: string;
    byline: string[];
    tags: string[];
    publishedAt: Date;
    /** Slugs an editor pinned, shown first in this order. */
    related?: string[];
  };
}

export interface RelatedTuning {
  /** Weight of the shared-tag part (the part itself is 0–1). */
  tags: number;
  /** Weight of the text-similarity part (a cosine, 0–1). */
  text: number;
  /** Added when both articles are in the same section. */
  sameSection: number;
  /** Added when the articles share an author. */
  sharedAuthor: number;
  /** Days apart at which the time decay has fallen half way to its floor. */
  halfLifeDays: number;
  /** The decay never goes below this, so a strong match from years ago can still be offered. */
  decayFloor: number;
  /** tags + text a candidate needs at least, so a shared stray word or only a section is not "related". */
  minRelevance: number;
  /** Terms of an article's text vector: its strongest TF-IDF terms. */
  keyTerms: number;
  /**
   * A tag or key term of more articles than this (a subject the site covers every day) does not by
   * itself make articles candidates: following it would compare each with a large part of the site.
   * Such a tag still counts for candidates found through rarer tags or terms; such a term, which
   * says little about which articles belong together, is left out of the text vectors.
   */
  maxPostings: number;
}

export const DEFAULT_TUNING: RelatedTuning = {
  tags: 1,
  text: 1,
  sameSection: 0.15,
  sharedAuthor: 0.05,
  halfLifeDays: 60,
  decayFloor: 0.2,
  minRelevance: 0.1,
  keyTerms: 24,
  maxPostings: 200,
};

/** The parts of a candidate's score, weighted, so that total = (tags + text + section + author) × decay. */
export interface ScoreParts {
  tags: number;
  text: number;
  section: number;
  author: number;
  decay: number;
  total: number;
}

export interface RelatedPick<T> {
  story: T;
  /** pinned by an editor, related by score, or a fallback to the latest stories. */
  reason: 'pinned' | 'scored' | 'latest in section' | 'latest';
  /** Set when the reason is 'scored'. */
  score?: ScoreParts;
}

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

const DAY_MS = 86_400_000;

/** Interns strings as small integers, so the index works on typed arrays. */
class Vocabulary {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** Counts the terms of article after article by id, looking at each distinct word only once. */
class TermCounter {
  readonly vocabulary = new Vocabulary();
  /** Term id of each word met so far; -1 for a word that is no term (a stop word, a number). */
  private readonly termOfWord = new Map<string, number>();
  private counts = new Float64Array(1024);
  private readonly counted: number[] = [];

  add(text: string, weight: number): void {
    for (const word of words(text)) {
      let id = this.termOfWord.get(word);
      if (id === undefined) {
        const term = termOf(word);
        id = term === undefined ? -1 : this.vocabulary.id(term);
        this.termOfWord.set(word, id);
      }
      if (id < 0) continue;
      if (id >= this.counts.length) {
        const grown = new Float64Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
      if (this.counts[id] === 0) this.counted.push(id);
      this.counts[id]! += weight;
    }
  }

  /** The terms added since the last call with their counts, and a clean start for the next article. */
  take(): { ids: Int32Array; frequencies: Float64Array } {
    const ids = Int32Array.from(this.counted);
    const frequencies = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      frequencies[k] = this.counts[ids[k]!]!;
      this.counts[ids[k]!] = 0;
    }
    this.counted.length = 0;
    return { ids, frequencies };
  }
}

/** The inverted index of one kind of key: for each key, the items having it (in item order) and their weights. */
interface Postings {
  items: Int32Array[];
  weights: Float64Array[];
}

function invert(keysOf: readonly Int32Array[], weightsOf: readonly Float64Array[], keyCount: number): Postings {
  const sizes = new Int32Array(keyCount);
  for (const keys of keysOf) for (const key of keys) sizes[key]!++;
  const items = Array.from(sizes, (size) => new Int32Array(size));
  const weights = Array.from(sizes, (size) => new Float64Array(size));
  const filled = new Int32Array(keyCount);
  keysOf.forEach((keys, item) => {
    keys.forEach((key, k) => {
      const at = filled[key]!++;
      items[key]![at] = item;
      weights[key]![at] = weightsOf[item]![k]!;
    });
  });
  return { items, weights };
}

export class RelatedIndex<T extends Relatable> {
  /** Every story of the index, newest first (the order of the fallbacks). */
  readonly stories: readonly T[];
  readonly tuning: RelatedTuning;
  private readonly position = new Map<string, number>();
  private readonly positionBySlug = new Map<string, number>();
  private readonly times: Float64Array;
  private readonly sectionOf: Int32Array;
  private readonly authorsOf: Int32Array[];
  private readonly tagsOf: Int32Array[];
  private readonly tagLabels: string[];
  private readonly tagIdf: Float64Array;
  private readonly tagPostings: Postings;
  /** Sum of the idf of each story's tags: what "all of its tags" weighs. */
  private readonly tagWeight: Float64Array;
  private readonly termNames: string[];
  private readonly termsOf: Int32Array[];
  /** Unit-length TF-IDF weights, parallel to termsOf. */
  private readonly termWeightsOf: Float64Array[];
  private readonly termPostings: Postings;
  /** Per-query scratch, indexed by story position: an entry is current when its stamp is the query's number. */
  private readonly stamp: Int32Array;
  private queries = 0;
  private readonly tagScratch: Float64Array;
  private readonly textScratch: Float64Array;
  private readonly touched: Int32Array;

  constructor(stories: readonly T[], tuning: Partial<RelatedTuning> = {}) {
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.stories = newestFirst(stories);
    const count = this.stories.length;
    const sections = new Vocabulary();
    const authors = new Vocabulary();
    const tags = new Vocabulary();
    const labels: string[] = [];
    this.times = new Float64Array(count);
    this.sectionOf = new Int32Array(count);
    this.authorsOf = [];
    this.tagsOf = [];
    this.stories.forEach((story, index) => {
      this.position.set(story.id, index);
      this.positionBySlug.set(story.slug, index);
      this.times[index] = story.data.publishedAt.getTime();
      this.sectionOf[index] = sections.id(story.data.section);
      this.authorsOf.push(Int32Array.from(new Set(story.data.byline), (author) => authors.id(author)));
      const tagIds = new Set<number>();
      for (const tag of story.data.tags) {
        const slug = tagSlug(tag);
        if (!slug) continue;
        const id = tags.id(slug);
        labels[id] ??= tag;
        tagIds.add(id);
      }
      this.tagsOf.push(Int32Array.from(tagIds));
    });
    this.tagLabels = labels;
    const articlesWithTag = new Int32Array(tags.names.length);
    for (const ids of this.tagsOf) for (const id of ids) articlesWithTag[id]!++;
    this.tagIdf = Float64Array.from(articlesWithTag, (df) => Math.log(count / df));
    this.tagPostings = invert(this.tagsOf, this.tagsOf.map((ids) => Float64Array.from(ids, (id) => this.tagIdf[id]!)), tags.names.length);
    this.tagWeight = Float64Array.from(this.tagsOf, (ids) => ids.reduce((sum, id) => sum + this.tagIdf[id]!, 0));

    const vectors = this.keyTermVectors();
    this.termNames = vectors.names;
    this.termsOf = vectors.terms;
    this.termWeightsOf = vectors.weights;
    this.termPostings = invert(this.termsOf, this.termWeightsOf, this.termNames.length);

    this.stamp = new Int32Array(count);
    this.tagScratch = new Float64Array(count);
    this.textScratch = new Float64Array(count);
    this.touched = new Int32Array(count);
  }

  /**
   * Each story's strongest terms as a unit vector. A term in only one article can match nothing, and
   * one in every article or in more than `maxPostings` says nothing: none of them takes a place in a vector.
   */
  private keyTermVectors(): { names: string[]; terms: Int32Array[]; weights: Float64Array[] } {
    const counter = new TermCounter();
    const { vocabulary } = counter;
    const counted = this.stories.map((story) => {
      // A word of the headline tells more than one of the body, and the dek sits between the two.
      counter.add(story.data.headline, 3);
      if (story.data.dek) counter.add(story.data.dek, 2);
      counter.add(proseOf(story.body), 1);
      return counter.take();
    });
    const articlesWith = new Int32Array(vocabulary.names.length);
    for (const { ids } of counted) for (const id of ids) articlesWith[id]!++;

    const storyCount = this.stories.length;
    const terms: Int32Array[] = [];
    const weights: Float64Array[] = [];
    for (const { ids, frequencies } of counted) {
      const weighted: { id: number; weight: number }[] = [];
      ids.forEach((id, index) => {
        const df = articlesWith[id]!;
        if (df < 2 || df > this.tuning.maxPostings || df === storyCount) return;
        weighted.push({ id, weight: (1 + Math.log(frequencies[index]!)) * Math.log(storyCount / df) });
      });
      const kept = weighted
        .sort((a, b) => b.weight - a.weight || (vocabulary.names[a.id]! < vocabulary.names[b.id]! ? -1 : 1))
        .slice(0, this.tuning.keyTerms);
      const norm = Math.hypot(...kept.map(({ weight }) => weight)) || 1;
      terms.push(Int32Array.from(kept, ({ id }) => id));
      weights.push(Float64Array.from(kept, ({ weight }) => weight / norm));
    }
    return { names: vocabulary.names, terms, weights };
  }

  private indexOf(story: Relatable): number {
    const index = this.position.get(story.id);
    if (index === undefined) throw new Error(`"${story.slug}" is not among the stories related stories are computed for`);
    return index;
  }

  /**
   * Accumulates shared tag weight and text dot products with every story reachable through the
   * posting lists; returns how many it reached and the source's tags too common to follow.
   */
  private gather(source: number): { touchedCount: number; commonTags: number[] } {
    const query = ++this.queries;
    let touchedCount = 0;
    const spread = (postings: Postings, key: number, factor: number, scratch: Float64Array) => {
      const others = postings.items[key]!;
      const weights = postings.weights[key]!;
      for (let p = 0; p < others.length; p++) {
        const other = others[p]!;
        if (this.stamp[other] !== query) {
          this.stamp[other] = query;
          this.tagScratch[other] = 0;
          this.textScratch[other] = 0;
          this.touched[touchedCount++] = other;
        }
        scratch[other]! += factor * weights[p]!;
      }
    };
    this.stamp[source] = query;
    const commonTags: number[] = [];
    for (const tag of this.tagsOf[source]!) {
      if (this.tagPostings.items[tag]!.length > this.tuning.maxPostings) commonTags.push(tag);
      else spread(this.tagPostings, tag, 1, this.tagScratch);
    }
    const weights = this.termWeightsOf[source]!;
    this.termsOf[source]!.forEach((term, k) => spread(this.termPostings, term, weights[k]!, this.textScratch));
    return { touchedCount, commonTags };
  }

  private termWeightOf(story: number, term: number): number {
    const terms = this.termsOf[story]!;
    for (let k = 0; k < terms.length; k++) if (terms[k] === term) return this.termWeightsOf[story]![k]!;
    return 0;
  }

  /** Sum of the idf of the given tags that the story at `other` has too. */
  private sharedTagWeight(tags: readonly number[], other: number): number {
    const theirs = this.tagsOf[other]!;
    let weight = 0;
    for (let c = 0; c < tags.length; c++) {
      for (let k = 0; k < theirs.length; k++) {
        if (theirs[k] === tags[c]) {
          weight += this.tagIdf[tags[c]!]!;
          break;
        }
      }
    }
    return weight;
  }

  private sharesAuthor(a: number, b: number): boolean {
    const mine = this.authorsOf[a]!;
    const theirs = this.authorsOf[b]!;
    for (let k = 0; k < mine.length; k++) if (theirs.includes(mine[k]!)) return true;
    return false;
  }

  /** Newer first, then by slug: the order of equal scores. */
  private before(a: number, b: number): boolean {
    const timeDifference = this.times[a]! - this.times[b]!;
    if (timeDifference !== 0) return timeDifference > 0;
    return this.stories[a]!.slug < this.stories[b]!.slug;
  }

  /** Positions and score parts of the best `limit` candidates for the story at `source`, best first. */
  private rank(source: number, limit: number): { position: number; score: ScoreParts }[] {
    const { tuning, tagScratch, textScratch, touched, sectionOf, times } = this;
    const { touchedCount, commonTags } = this.gather(source);
    const tagWeight = this.tagWeight[source]!;
    const tagScale = tagWeight > 0 ? tuning.tags / tagWeight : 0;
    const commonTagsAtMost = commonTags.reduce((sum, tag) => sum + this.tagIdf[tag]!, 0) * tagScale;
    const decayRate = Math.LN2 / (tuning.halfLifeDays * DAY_MS);
    const best: { position: number; score: ScoreParts }[] = [];
    let worstKept = -Infinity;
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      let tags = tagScratch[other]! * tagScale;
      const text = tuning.text * textScratch[other]!;
      const section = sectionOf[source] === sectionOf[other] ? tuning.sameSection : 0;
      // Cheap upper bounds first: most candidates cannot reach the last of the best so far.
      const atMost = tags + commonTagsAtMost + text + section + tuning.sharedAuthor;
      if (atMost < worstKept) continue;
      const decay = tuning.decayFloor + (1 - tuning.decayFloor) * Math.exp(-decayRate * Math.abs(times[source]! - times[other]!));
      if (atMost * decay < worstKept) continue;
      if (commonTags.length > 0) tags += this.sharedTagWeight(commonTags, other) * tagScale;
      if (tags + text < tuning.minRelevance) continue;
      const author = this.sharesAuthor(source, other) ? tuning.sharedAuthor : 0;
      const total = (tags + text + section + author) * decay;
      let at = best.length;
      while (at > 0) {
        const previous = best[at - 1]!;
        if (previous.score.total > total || (previous.score.total === total && this.before(previous.position, other))) break;
        at--;
      }
      if (at >= limit) continue;
      best.splice(at, 0, { position: other, score: { tags, text, section, author, decay, total } });
      if (best.length > limit) best.pop();
      if (best.length === limit) worstKept = best[limit - 1]!.score.total;
    }
    return best;
  }

  /**
   * The related stories shown with `story`: every pin that is in the index, in the editor's order
   * (pins to drafts and embargoed stories are not, until they are published), then the best scored,
   * then the latest in the same section, then the latest overall, until there are `count`.
   * Never the story itself; empty only when it is the only story.
   */
  relatedTo(story: T, count: number): RelatedPick<T>[] {
    const source = this.indexOf(story);
    const picks: RelatedPick<T>[] = [];
    const taken = new Set([source]);
    const take = (position: number, reason: RelatedPick<T>['reason'], score?: ScoreParts) => {
      if (taken.has(position)) return;
      taken.add(position);
      picks.push({ story: this.stories[position]!, reason, ...(score && { score }) });
    };
    for (const slug of story.data.related ?? []) {
      const pinned = this.positionBySlug.get(slug);
      if (pinned !== undefined) take(pinned, 'pinned');
    }
    for (const { position, score } of this.rank(source, count + picks.length)) {
      if (picks.length >= count) break;
      take(position, 'scored', score);
    }
    const section = this.sectionOf[source];
    for (let position = 0; position < this.stories.length && picks.length < count; position++) {
      if (this.sectionOf[position] === section) take(position, 'latest in section');
    }
    for (let position = 0; position < this.stories.length && picks.length < count; position++) {
      take(position, 'latest');
    }
    return picks;
  }

  /** The best `limit` scored candidates for `story`, with what each shares with it. */
  explain(story: T, limit: number): Explanation<T>[] {
    const source = this.indexOf(story);
    return this.rank(source, limit).map(({ position, score }) => {
      const tags = new Set(this.tagsOf[position]);
      const terms = this.termsOf[source]!;
      return {
        story: this.stories[position]!,
        score,
        daysApart: Math.abs(this.times[source]! - this.times[position]!) / DAY_MS,
        sharedTags: [...this.tagsOf[source]!]
          .filter((tag) => tags.has(tag))
          .map((tag) => ({ tag: this.tagLabels[tag]!, idf: this.tagIdf[tag]! }))
          .sort((a, b) => b.idf - a.idf || a.tag.localeCompare(b.tag)),
        sharedTerms: [...terms]
          .map((term, k) => ({ term: this.termNames[term]!, weight: this.tuning.text * this.termWeightsOf[source]![k]! * this.termWeightOf(position, term) }))
          .filter(({ weight }) => weight > 0)
          .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)),
      };
    });
  }
}

/** Related stories of every story, keyed by story id: what a build computes once. */
export function relatedStories<T extends Relatable>(stories: readonly T[], count: number, tuning?: Partial<RelatedTuning>): Map<string, RelatedPick<T>[]> {
  const index = new RelatedIndex(stories, tuning);
  return new Map(index.stories.map((story) => [story.id, index.relatedTo(story, count)]));
}
