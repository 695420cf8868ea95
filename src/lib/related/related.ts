/**
 * Related stories: which published articles to offer at the end of an article, and why.
 *
 * Built once for the whole site as an inverted index (tag → articles, key term → articles, see
 * term-index.ts), so each article is compared only with the articles it shares a tag or a key term
 * with, never with every other article. For an article A and a candidate B (see scoring.ts):
 *
 *   total = (tags + text + section + author) × decay
 *
 * - tags: the share of A's tag weight that B also carries, each tag weighted by its rarity
 *   (idf = ln(articles / articles with the tag)), so a tag on 3 articles says more than one on 300;
 * - text: cosine similarity of the articles' key terms (the strongest TF-IDF terms of headline, dek
 *   and body, stop words removed; see key-terms.ts);
 * - section and author: small bonuses for the same section and a shared author;
 * - decay: falls with the time between the two articles (half-life in days, never below a floor),
 *   so at equal relevance a story from the same week beats one from three years before.
 * Ties go to the newer story, then to the slug. Section and author bonuses alone never make a story
 * related: it must share tags or words with the article (`minRelevance`).
 */
import { explanationOf, type Explanation } from './explanation.ts';
import type { Relatable } from './relatable.ts';
import { rankCandidates, type ScoreParts } from './scoring.ts';
import { indexStories, type IndexedStory } from './term-index.ts';
import { DEFAULT_TUNING, type RelatedTuning } from './tuning.ts';

export interface RelatedPick<T> {
  story: T;
  /** pinned by an editor, related by score, or a fallback to the latest stories. */
  reason: 'pinned' | 'scored' | 'latest in section' | 'latest';
  /** Set when the reason is 'scored'. */
  score?: ScoreParts;
}

export class RelatedIndex<T extends Relatable> {
  /** Every story of the index, newest first (the order of the fallbacks). */
  readonly stories: readonly T[];
  readonly tuning: RelatedTuning;
  private readonly indexed: readonly IndexedStory<T>[];
  private readonly byId: ReadonlyMap<string, IndexedStory<T>>;
  private readonly bySlug: ReadonlyMap<string, IndexedStory<T>>;

  constructor(stories: readonly T[], tuning: Partial<RelatedTuning> = {}) {
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.indexed = indexStories(stories, this.tuning);
    this.stories = this.indexed.map(({ story }) => story);
    this.byId = new Map(this.indexed.map((entry) => [entry.story.id, entry]));
    this.bySlug = new Map(this.indexed.map((entry) => [entry.story.slug, entry]));
  }

  private entryOf(story: Relatable): IndexedStory<T> {
    const entry = this.byId.get(story.id);
    if (!entry) throw new Error(`"${story.slug}" is not among the stories related stories are computed for`);
    return entry;
  }

  /**
   * The related stories shown with `story`: every pin that is in the index, in the editor's order
   * (pins to drafts and embargoed stories are not, until they are published), then the best scored,
   * then the latest in the same section, then the latest overall, until there are `count`. Never
   * sponsored content (content/integrity.ts refuses a pin to it), and for a story that is not opinion,
   * opinion only after every other scored candidate: a reader of the news gets news first.
   * Never the story itself; empty only when it is the only story.
   */
  relatedTo(story: T, count: number): RelatedPick<T>[] {
    const source = this.entryOf(story);
    const picks: RelatedPick<T>[] = [];
    const taken = new Set([source]);
    const take = (entry: IndexedStory<T>, reason: RelatedPick<T>['reason'], score?: ScoreParts) => {
      if (taken.has(entry) || entry.story.data.type === 'sponsored') return;
      taken.add(entry);
      picks.push({ story: entry.story, reason, ...(score && { score }) });
    };
    for (const slug of story.data.related ?? []) {
      const pinned = this.bySlug.get(slug);
      if (pinned) take(pinned, 'pinned');
    }
    const ranked = rankCandidates(source, count + picks.length, this.tuning);
    const opinionLast =
      story.data.type === 'opinion'
        ? ranked
        : [
            ...ranked.filter(({ candidate }) => candidate.story.data.type !== 'opinion'),
            ...ranked.filter(({ candidate }) => candidate.story.data.type === 'opinion'),
          ];
    for (const { candidate, score } of opinionLast) {
      if (picks.length >= count) break;
      take(candidate, 'scored', score);
    }
    for (const entry of this.indexed) {
      if (picks.length >= count) break;
      if (entry.section === source.section) take(entry, 'latest in section');
    }
    for (const entry of this.indexed) {
      if (picks.length >= count) break;
      take(entry, 'latest');
    }
    return picks;
  }

  /** The best `limit` scored candidates for `story`, with what each shares with it. */
  explain(story: T, limit: number): Explanation<T>[] {
    const source = this.entryOf(story);
    return rankCandidates(source, limit, this.tuning).map((scored) => explanationOf(source, scored, this.tuning));
  }
}

/** Related stories of every story, keyed by story id: what a build computes once. */
export function relatedStories<T extends Relatable>(
  stories: readonly T[],
  count: number,
  tuning?: Partial<RelatedTuning>,
): Map<string, RelatedPick<T>[]> {
  const index = new RelatedIndex(stories, tuning);
  return new Map(index.stories.map((story) => [story.id, index.relatedTo(story, count)]));
}
