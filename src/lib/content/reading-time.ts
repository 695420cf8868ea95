/** Adult silent reading speed for news prose, in words per minute. */
const WORDS_PER_MINUTE = 230;

/** The prose of a Markdown body as a reader sees it: no images, link targets or HTML tags. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
}

/** Words of a Markdown body, ignoring link targets, image paths and markup. */
export function countWords(markdown: string): number {
  return proseOf(markdown).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
