/** A byline as pieces, so a component can link the names and keep the separators as text. */
export type BylinePart = { kind: 'name'; text: string; index: number } | { kind: 'separator'; text: string };

/** ["A"] → "A"; ["A", "B"] → "A and B"; ["A", "B", "C"] → "A, B and C". */
export function joinNames(names: readonly string[]): BylinePart[] {
  return names.flatMap((text, index): BylinePart[] => {
    const name: BylinePart = { kind: 'name', text, index };
    if (index === 0) return [name];
    const separator = index === names.length - 1 ? ' and ' : ', ';
    return [{ kind: 'separator', text: separator }, name];
  });
}
