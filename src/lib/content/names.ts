/**
 * A byline as pieces, so a component can link the names and keep the separators as text. Each name
 * keeps the person it stands for, so a link never has to find them again by position.
 */
export type BylinePart<T = string> = { kind: 'name'; text: string; person: T } | { kind: 'separator'; text: string };

/** ["A"] → "A"; ["A", "B"] → "A and B"; ["A", "B", "C"] → "A, B and C". */
function joinPeople<T>(people: readonly T[], nameOf: (person: T) => string): BylinePart<T>[] {
  return people.flatMap((person, index): BylinePart<T>[] => {
    const name: BylinePart<T> = { kind: 'name', text: nameOf(person), person };
    if (index === 0) return [name];
    const separator = index === people.length - 1 ? ' and ' : ', ';
    return [{ kind: 'separator', text: separator }, name];
  });
}

export const joinNames = (names: readonly string[]): BylinePart[] => joinPeople(names, (name) => name);

/**
 * A byline's author ids as parts whose names carry their id. The schema has already checked every id,
 * so an id only stands in for a name defensively.
 */
export const bylineParts = (
  authorIds: readonly string[],
  authors: ReadonlyMap<string, { data: { name: string } }>,
): BylinePart[] => joinPeople(authorIds, (id) => authors.get(id)?.data.name ?? id);
