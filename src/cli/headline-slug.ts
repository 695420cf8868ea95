/** Letters that Unicode does not decompose into a base letter and an accent, spelt as English writers spell them. */
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

/** Long enough to say what the story is, short enough for a readable URL. */
export const MAX_SLUG_LENGTH = 60;

/**
 * The file name and URL slug of a new article: the headline folded to ASCII kebab-case and cut at a
 * word boundary, e.g. "Ærø's café reopens — at last!" → "aeros-cafe-reopens-at-last". Empty when the
 * headline has no Latin letters or digits at all.
 */
export function slugFromHeadline(headline: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = headline
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : folded.slice(0, maxLength)).replace(/-+$/, '');
}
