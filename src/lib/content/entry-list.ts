/**
 * The content folder's lists of addresses, read for the build and the editor tools alike: YAML lists of
 * entries, each with the line it starts on so errors can point at it. content/removed.yaml holds the
 * URLs taken down on purpose; content/redirects.yaml old addresses that are not an article's (a
 * WordPress category archive, a moved page) and the page that now answers each.
 */
import { isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourceProblem } from './frontmatter-source.ts';

export interface EntryListItem {
  /** The entry as written; the list's schema (`removedSchema`, `redirectSchema`) says whether it is valid. */
  data: unknown;
  /** 1-based line the entry starts on. */
  line: number;
}

/** One kind of list: its file in the content folder, what each entry holds, and an example of one. */
export interface EntryListKind {
  file: string;
  entry: string;
  example: string;
}

export const REMOVED_LIST: EntryListKind = {
  file: 'removed.yaml',
  entry: 'a url and a reason',
  example: '- url: /city/2026/11/20/old-story/\n  reason: "Removed at the request of a court order."',
};

export const REDIRECT_LIST: EntryListKind = {
  file: 'redirects.yaml',
  entry: 'the old address (from) and the page that answers it now (to)',
  example: '- from: /category/local-news/\n  to: /city/',
};

export function parseEntryList(text: string, kind: EntryListKind): { items: EntryListItem[] } | { problem: SourceProblem } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { problem: { line, column: col, message: `invalid YAML: ${error.message.split('\n')[0]}` } };
  }
  if (document.contents === null) return { items: [] };
  if (!isSeq(document.contents)) {
    return {
      problem: {
        line: 1,
        column: 1,
        message: `${kind.file} must be a list of entries, each with ${kind.entry}, such as:\n${kind.example}`,
      },
    };
  }
  const values = document.toJS() as unknown[];
  return {
    items: document.contents.items.map((item, index) => ({
      data: values[index],
      line: lineCounter.linePos((item as Node | null)?.range?.[0] ?? 0).line,
    })),
  };
}
