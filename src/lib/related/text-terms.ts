import { proseOf } from '../content/reading-time.ts';

/**
 * English words that say nothing about what a story is about, plus the reporting verbs and
 * honorifics every news story is full of ("said", "Mr").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and another any anyone
  anything are around as at be became because become been before being below between both but by can cannot could
  did do does doing done down during each either else enough even ever every few for from further get gets got had has
  have having he her here hers herself him himself his how however i if in into is it its itself just last least less
  like made make many may me might more most much must my myself near neither never next no nor not now of off often
  on once one only onto or other others our ours ourselves out over own per perhaps quite rather really same several
  shall she should since so some such than that the their theirs them themselves then there these they this those
  though through thus till to too toward towards under until up upon us very via was we well were what whatever when
  where whether which while who whom whose why will with within without would yet you your yours yourself yourselves
  according added adds asked says said say saying told tells mr mrs ms dr week weeks today yesterday tomorrow`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Harman's "S" stemmer (1991) with Porter's "sses" rule: folds English plurals onto their singular
 * ("bridges" → "bridge", "policies" → "policy", "businesses" → "business") and nothing else, so two
 * stories match on "bridge" without the surprises of a full stemmer.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes'))
    return word.slice(0, -1);
  if (word.endsWith('us') || word.endsWith('ss')) return word;
  return word.slice(0, -1);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const DIGITS = /^\p{N}+$/u;

/** The words of a text, lower-cased, in order ("Port Meridian's" → "port", "meridian's"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The term a lower-case word stands for, or undefined for a word that says nothing about the story:
 * possessives and plurals folded; stop words, numbers and single letters left out.
 */
export function termOf(word: string): string | undefined {
  const stem = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
  if (stem.length < 2 || STOP_WORDS.has(stem) || DIGITS.test(stem)) return undefined;
  return singular(stem);
}

/**
 * The terms of a Markdown body's prose with how often each occurs, as `term:count` pairs separated by
 * spaces (a term holds neither): what key terms need of a body, worked out once when the body is
 * rendered, so a build holds this instead of every body of the archive.
 */
export function bodyTermsOf(markdown: string): string {
  const counts = new Map<string, number>();
  for (const word of words(proseOf(markdown))) {
    const term = termOf(word);
    if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return Array.from(counts, ([term, count]) => `${term}:${count}`).join(' ');
}
