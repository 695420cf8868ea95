/**
 * WordPress names (post slugs, category nicenames, user logins) as Dateline ids: lowercase ASCII letters,
 * digits and single hyphens, which the schema's slug rule and file names on every system accept.
 * WordPress keeps a non-ASCII slug percent-encoded (`%d0%bc%d0%be…`); it is decoded and transliterated
 * (`мост` → `most`, `北京` → `bei-jing`), and the importer keeps the old URL as an alias.
 */
import { transliterate } from 'transliteration';
import { decodePercent } from './text.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Percent-decoded, as WordPress shows a slug to its editors; text that is not valid encoding stays as it is. */
export const decodeSlug = (text: string): string => decodePercent(text.trim());

/** Any text as a Dateline id; empty when nothing of it survives (a slug of emoji). */
export function datelineSlug(text: string): string {
  const decoded = decodeSlug(text);
  if (SLUG.test(decoded)) return decoded;
  return transliterate(decoded.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `name`, or `name-2`, `name-3`… the first that is not taken; the one returned is then taken. */
export function claimName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let number = 2; taken.has(candidate); number += 1) candidate = `${name}-${number}`;
  taken.add(candidate);
  return candidate;
}
