/** The knobs of the related-stories score (see related.ts); DEFAULT_TUNING is what the site uses. */
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
