/**
 * Splits a content file into its YAML frontmatter and Markdown body the way the build does, and says
 * in words (with a line) what is wrong with a file the build could not read: empty, binary, no or
 * unclosed frontmatter.
 */

/** A problem with a whole file, at a 1-based line and column. */
export interface SourceProblem {
  line: number;
  column: number;
  message: string;
}

export interface ContentSource {
  /** The YAML between the fences, as the build parses it. */
  yaml: string;
  /** 1-based line of the opening `---`: line 1 of `yaml` is the rest of that line. */
  yamlLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** 1-based line of the closing `---`: line 1 of `body` is the rest of that line. */
  bodyLine: number;
}

// The pattern Astro's content layer uses (@astrojs/internal-helpers/frontmatter), so a file splits here exactly as in the build.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const OPENING_FENCE = /(?:^\uFEFF?|^\s*\n)---/;

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The text of a file, or why it is not a text file. A byte order mark is dropped, as the build drops it. */
export function decodeContentFile(bytes: Uint8Array): { text: string } | { problem: SourceProblem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return { problem: { ...positionAt(lossy, lossy.indexOf('\uFFFD')), message: 'the file is not UTF-8 text (is it binary, or saved in another encoding?); save it as UTF-8 Markdown' } };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    return { problem: { ...positionAt(text, nul), message: 'the file contains binary data (a NUL byte); content files must be UTF-8 Markdown text' } };
  }
  return { text };
}

const FORMAT_HINT = 'a content file starts with a line ---, then its YAML fields, then another line ---';

export function splitContentFile(text: string): ContentSource | { problem: SourceProblem } {
  if (text.trim() === '') return { problem: { line: 1, column: 1, message: `the file is empty; ${FORMAT_HINT}` } };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    const opening = OPENING_FENCE.exec(text);
    if (!opening) return { problem: { line: 1, column: 1, message: `the file has no frontmatter; ${FORMAT_HINT}` } };
    const { line } = positionAt(text, opening.index + opening[0].length - 3);
    return { problem: { line, column: 1, message: `the frontmatter opened on line ${line} is never closed: add a line --- after the last field` } };
  }
  const yaml = match[1]!;
  const yamlStart = match.index + match[0].length - 3 - yaml.length;
  const bodyStart = match.index + match[0].length;
  return {
    yaml,
    yamlLine: positionAt(text, yamlStart).line,
    body: text.slice(bodyStart),
    bodyLine: positionAt(text, bodyStart).line,
  };
}
