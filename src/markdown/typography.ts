/**
 * Typographic punctuation for news copy: curly quotes and apostrophes, en and em dashes, ellipses.
 * A single linear pass per text, so it costs a fraction of remark-smartypants (which builds a natural-language
 * tree for every paragraph) on a newsroom's archive.
 */

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/\u201c\u2018]/u;

/** Whether a quote after `previous` opens (at the start of a block, after space, an opening bracket or a dash). */
const opensAfter = (previous: string): boolean => previous === '' || OPENING_CONTEXT.test(previous);

/**
 * Smartens `text`. `before` is the character that precedes it in the same block (for text split across
 * emphasis or links), so `"*word*"` still gets an opening and a closing quote. Returns the new text and
 * its last character, to pass on to the next piece. Unchanged runs are copied whole: building the text a
 * character at a time and reading its last one back made V8 flatten it again at every character.
 */
export function smartenPiece(text: string, before = ''): { text: string; last: string } {
  let output = '';
  let copiedUpTo = 0;
  let previous = before;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const next = text[index + 1] ?? '';
    let replacement: string;
    let length = 1;
    if (char === '"') {
      replacement = opensAfter(previous) ? '\u201c' : '\u201d';
    } else if (char === "'") {
      // '90s and 'tis are apostrophes even where a quote would open.
      replacement = opensAfter(previous) && !/\p{N}/u.test(next) ? '\u2018' : '\u2019';
    } else if (char === '-' && next === '-') {
      length = text[index + 2] === '-' ? 3 : 2;
      replacement = length === 3 ? '\u2014' : '\u2013';
    } else if (char === '.' && next === '.' && text[index + 2] === '.') {
      length = 3;
      replacement = '\u2026';
    } else {
      previous = char;
      continue;
    }
    output += text.slice(copiedUpTo, index) + replacement;
    previous = replacement;
    index += length - 1;
    copiedUpTo = index + 1;
  }
  return { text: output + text.slice(copiedUpTo), last: previous };
}

/** Smartens a whole string on its own, e.g. a headline or a dek. */
export const smarten = (text: string): string => smartenPiece(text).text;
