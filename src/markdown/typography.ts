/**
 * Typographic punctuation for news copy: curly quotes and apostrophes, en and em dashes, ellipses.
 * A single linear pass per text, so it costs a fraction of remark-smartypants (which builds a natural-language
 * tree for every paragraph) on a newsroom's archive.
 */

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/\u201c\u2018]/u;

/**
 * Smartens `text`. `before` is the character that precedes it in the same block (for text split across
 * emphasis or links), so `"*word*"` still gets an opening and a closing quote. Returns the new text and
 * its last character, to pass on to the next piece.
 */
export function smartenPiece(text: string, before = ''): { text: string; last: string } {
  let output = '';
  let previous = before;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const next = text[index + 1] ?? '';
    if (char === '"') {
      output += previous === '' || OPENING_CONTEXT.test(previous) ? '\u201c' : '\u201d';
    } else if (char === "'") {
      const opens = previous === '' || OPENING_CONTEXT.test(previous);
      // '90s and 'tis are apostrophes even where a quote would open.
      output += opens && !/\p{N}/u.test(next) ? '\u2018' : '\u2019';
    } else if (char === '-' && next === '-') {
      const em = text[index + 2] === '-';
      output += em ? '\u2014' : '\u2013';
      index += em ? 2 : 1;
    } else if (char === '.' && next === '.' && text[index + 2] === '.') {
      output += '\u2026';
      index += 2;
    } else {
      output += char;
    }
    previous = output.at(-1)!;
  }
  return { text: output, last: output.at(-1) ?? before };
}

/** Smartens a whole string on its own, e.g. a headline or a dek. */
export const smarten = (text: string): string => smartenPiece(text).text;
