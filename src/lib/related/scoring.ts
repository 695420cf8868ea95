/**
 * How the candidates score against a story (the formula is in related.ts): only the stories sharing a
 * tag or a key term with it are reached, through the term index, and the best few kept.
 */
import type { Relatable } from './relatable.ts';
import type { IndexedStory, Tag, Tally } from './term-index.ts';
import type { RelatedTuning } from './tuning.ts';

export const DAY_MS = 86_400_000;

/** The parts of a candidate's score, weighted, so that total = (tags + text + section + author) × decay. */
export interface ScoreParts {
  tags: number;
  text: number;
  section: number;
  author: number;
  decay: number;
  total: number;
}

export interface Scored<T> {
  candidate: IndexedStory<T>;
  score: ScoreParts;
}

const idfSum = <T>(tags: readonly Tag<T>[]): number => tags.reduce((sum, tag) => sum + tag.idf, 0);

const sharesAuthor = <T>(a: IndexedStory<T>, b: IndexedStory<T>): boolean =>
  a.authors.some((author) => b.authors.includes(author));

/** Whether `kept` stays ahead of a candidate scoring `total`: a higher total, then the newer story, then by slug. */
function staysAhead<T extends Relatable>(kept: Scored<T>, total: number, candidate: IndexedStory<T>): boolean {
  if (kept.score.total !== total) return kept.score.total > total;
  const timeDifference = kept.candidate.time - candidate.time;
  if (timeDifference !== 0) return timeDifference > 0;
  return kept.candidate.story.slug < candidate.story.slug;
}

/**
 * The stories that share a non-common tag or a key term with `source`, each with its tally for this
 * query, and the tags of `source` too common to follow.
 */
function gather<T>(
  source: IndexedStory<T>,
  tuning: RelatedTuning,
): { reached: IndexedStory<T>[]; commonTags: Tag<T>[] } {
  // A token of its own tells a tally of this query from one an earlier query left behind, with no clearing.
  const query = {};
  const reached: IndexedStory<T>[] = [];
  const reach = (candidate: IndexedStory<T>): Tally => {
    const { tally } = candidate;
    if (tally.query !== query) {
      tally.query = query;
      tally.tags = 0;
      tally.text = 0;
      reached.push(candidate);
    }
    return tally;
  };
  // Marked as reached so that the story is never its own candidate.
  source.tally.query = query;
  const commonTags: Tag<T>[] = [];
  for (const tag of source.tags) {
    if (tag.stories.length > tuning.maxPostings) commonTags.push(tag);
    else for (const other of tag.stories) reach(other).tags += tag.idf;
  }
  for (const { term, weight } of source.keyTerms) {
    for (const posting of term.postings) reach(posting.story).text += weight * posting.weight;
  }
  return { reached, commonTags };
}

/** The best `limit` candidates for `source` with their score parts, best first. */
export function rankCandidates<T extends Relatable>(
  source: IndexedStory<T>,
  limit: number,
  tuning: RelatedTuning,
): Scored<T>[] {
  const { reached, commonTags } = gather(source, tuning);
  const tagWeight = idfSum(source.tags);
  const tagScale = tagWeight > 0 ? tuning.tags / tagWeight : 0;
  const commonTagsAtMost = idfSum(commonTags) * tagScale;
  const decayRate = Math.LN2 / (tuning.halfLifeDays * DAY_MS);
  const best: Scored<T>[] = [];
  let worstKept = -Infinity;
  for (const candidate of reached) {
    let tags = candidate.tally.tags * tagScale;
    const text = tuning.text * candidate.tally.text;
    const section = source.section === candidate.section ? tuning.sameSection : 0;
    // Cheap upper bounds first: most candidates cannot reach the last of the best so far.
    const atMost = tags + commonTagsAtMost + text + section + tuning.sharedAuthor;
    if (atMost < worstKept) continue;
    const decay =
      tuning.decayFloor + (1 - tuning.decayFloor) * Math.exp(-decayRate * Math.abs(source.time - candidate.time));
    if (atMost * decay < worstKept) continue;
    if (commonTags.length > 0) tags += idfSum(commonTags.filter((tag) => candidate.tags.includes(tag))) * tagScale;
    if (tags + text < tuning.minRelevance) continue;
    const author = sharesAuthor(source, candidate) ? tuning.sharedAuthor : 0;
    const total = (tags + text + section + author) * decay;
    let at = 0;
    for (const kept of best) {
      if (!staysAhead(kept, total, candidate)) break;
      at++;
    }
    if (at >= limit) continue;
    best.splice(at, 0, { candidate, score: { tags, text, section, author, decay, total } });
    if (best.length > limit) best.pop();
    const last = best[limit - 1];
    if (last) worstKept = last.score.total;
  }
  return best;
}
