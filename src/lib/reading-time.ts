/** Adult silent reading speed for news prose, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** Words of a Markdown body, ignoring link targets, image paths and markup. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
