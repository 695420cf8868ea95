import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Where a field is written in a YAML text: the 1-based line and column of the key at `path`
 * (`['image', 'alt']`, `['byline', 1]`), or of its deepest ancestor that exists when the field itself
 * is missing. Undefined when not even the first key is there (or the YAML does not parse).
 */
export function locateYamlPath(
  yaml: string,
  path: readonly PropertyKey[],
): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, keepSourceTokens: false });
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(segment),
      );
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
