/**
 * Typographic punctuation for news copy: curly quotes and apostrophes, en and em dashes, ellipses.
 * A single linear pass per text, so it costs a fraction of remark-smartypants (which builds a natural-language
 * tree for every paragraph) on a newsroom's archive.
 *
 * Quotes follow SmartyPants' rules. After a space, an opening bracket or an opening quote, or at the start
 * of a block, a quote opens unless a space or the end of the block follows it. After a dash or a slash it
 * opens only before a word: `---"Stop"` opens, `"I was---" she said` closes. After anything else (a word,
 * punctuation, a closing quote) it closes. Two differences: SmartyPants saw one run of text between tags
 * and guessed that a run opening with a quote and punctuation went on from a word (`*Custer*'s`); we see
 * the whole block, so `"...and then"` opens. And apostrophes of elision go beyond its decades (ELISION).
 * Like SmartyPants, feet and inches (6'2") get closing quotes, not primes: telling a measurement from a
 * quotation takes more than the characters around it, so editors who want primes type ′ and ″.
 */

/** Where a quote opens unless only space or the end of the block follows it. */
const OPENS_AFTER = /[\s([{\u201c\u2018]/u;

/** Where a quote opens only before a word: an interrupted `"I was---"` is closed by its quote. */
const OPENS_BEFORE_A_WORD_AFTER = /[-\u2013\u2014/]/u;

/** What a quote can open onto after a dash. U+FFFC stands for an image or a footnote mark (remark-typography.ts). */
const WORD = /[\p{L}\p{N}\uFFFC]/u;

/**
 * Words that lose their first letters to an apostrophe: where a quote would open before them, it is an
 * apostrophe (’Tis, ’twas, rock ’n’ roll, let ’em go, the ’90s, the class of ’97). Other words keep the
 * opening quote SmartyPants gives them, so a quotation that starts with ‘Cause… is still a quotation.
 */
const ELISION = /^(?:(?:tis|twas|twere|em|n)(?!\p{L})|\p{N})/iu;

/** How much of the text after a piece `smartenPiece` reads: `twere` and the letter that would lengthen it. */
export const LOOKAHEAD = 6;

/** Whether a quote between `previous` and `next` opens ('' is the edge of the block). */
function opens(previous: string, next: string): boolean {
  if (previous === '' || OPENS_AFTER.test(previous)) return next !== '' && !/\s/u.test(next);
  if (OPENS_BEFORE_A_WORD_AFTER.test(previous)) return WORD.test(next);
  return false;
}

/** Whether the apostrophe at `index` stands for missing letters, reading on into `after` at a piece's end. */
function isElision(text: string, index: number, after: string): boolean {
  let rest = text.slice(index + 1, index + 1 + LOOKAHEAD);
  if (rest.length < LOOKAHEAD) rest += after.slice(0, LOOKAHEAD - rest.length);
  return ELISION.test(rest);
}

/**
 * Smartens `text`. `before` is the character that precedes it in the same block and `after` the start of
 * what follows it (for text split across emphasis or links), so `"*word*"` still gets an opening and a
 * closing quote and `'*Tis*` an apostrophe. Returns the new text and its last character, to pass on to the
 * next piece. Unchanged runs are copied whole: building the text a character at a time and reading its
 * last one back made V8 flatten it again at every character.
 */
export function smartenPiece(text: string, before = '', after = ''): { text: string; last: string } {
  let output = '';
  let copiedUpTo = 0;
  let previous = before;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    let replacement: string;
    let length = 1;
    if (char === '"') {
      replacement = opens(previous, text[index + 1] ?? after.charAt(0)) ? '\u201c' : '\u201d';
    } else if (char === "'") {
      const opening = opens(previous, text[index + 1] ?? after.charAt(0)) && !isElision(text, index, after);
      replacement = opening ? '\u2018' : '\u2019';
    } else if (char === '-' && text[index + 1] === '-') {
      length = text[index + 2] === '-' ? 3 : 2;
      replacement = length === 3 ? '\u2014' : '\u2013';
    } else if (char === '.' && text[index + 1] === '.' && text[index + 2] === '.') {
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
