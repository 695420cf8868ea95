import { distance } from 'fastest-levenshtein';

/** The known names nearest to a mistyped one, best first: the "did you mean" of every error message. */
export function closest(input: string, known: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  return known
    // A fragment of a known name ("amara" for "amara-okafor") is as good a hint as a one-letter typo.
    .map((name) => ({ name, cost: name.toLowerCase().includes(needle) ? 1 : distance(needle, name.toLowerCase()) }))
    .filter(({ name, cost }) => cost <= Math.max(2, Math.ceil(name.length / 2)))
    .sort((a, b) => a.cost - b.cost || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}

/** "; did you mean "amara-okafor"?", or nothing when no known name is near. */
export function didYouMean(input: string, known: readonly string[]): string {
  const suggestions = closest(input, known);
  return suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
}

/** "unknown author "amara"; did you mean "amara-okafor"? Known: a, b, c" */
export function unknownIdMessage(kind: string, input: string, known: readonly string[]): string {
  const hint = didYouMean(input, known);
  const list = known.length > 0 ? ` Known ${kind} ids: ${known.join(', ')}.` : ` There are no ${kind}s yet.`;
  return `unknown ${kind} "${input}"${hint}${list}`;
}
