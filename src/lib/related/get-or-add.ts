/**
 * The value of `key` in `map`, made by `create` and added the first time the key is asked for.
 * Values cannot be undefined, so one lookup tells a missing key from a stored value.
 */
export function getOrAdd<K, V extends NonNullable<unknown> | null>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const created = create();
  map.set(key, created);
  return created;
}
