/**
 * content/removed.yaml, read for the build and the editor tools alike: a YAML list of the URLs taken
 * down on purpose, each entry with the line it starts on so errors can point at it.
 */
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourceProblem } from './frontmatter-source.ts';

export interface RemovedListItem {
  /** The entry as written; the schema (`removedSchema`) says whether it is valid. */
  data: unknown;
  /** 1-based line the entry starts on. */
  line: number;
}

export const REMOVED_LIST_EXAMPLE = '- url: /city/2026/11/20/old-story/\n  reason: "Removed at the request of a court order."';

export function parseRemovedList(text: string): { items: RemovedListItem[] } | { problem: SourceProblem } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { problem: { line, column: col, message: `invalid YAML: ${error.message.split('\n')[0]}` } };
  }
  if (document.contents === null) return { items: [] };
  if (!isSeq(document.contents)) {
    return { problem: { line: 1, column: 1, message: `removed.yaml must be a list of entries, each with a url and a reason, such as:\n${REMOVED_LIST_EXAMPLE}` } };
  }
  const values = document.toJS() as unknown[];
  return {
    items: document.contents.items.map((item, index) => ({
      data: values[index],
      line: lineCounter.linePos((item as Node | null)?.range?.[0] ?? 0).line,
    })),
  };
}
