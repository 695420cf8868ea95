/**
 * A deterministic synthetic newsroom for benchmarks: N articles of 300–1,500 words with headings, lists,
 * links and quotes; 8 sections, 40 authors, ~300 tags with a long tail; publish dates over five years.
 * The same seed always writes the same files, so figures from different runs compare.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePath } from '../src/lib/urls/permalink.ts';
import { site } from '../src/site.config.ts';

export const SECTIONS = ['city', 'politics', 'business', 'science', 'health', 'culture', 'sport', 'opinion'];
export const AUTHOR_COUNT = 40;
export const TAG_COUNT = 300;
const YEARS = 5;
const END = Date.UTC(2026, 10, 20, 12, 0, 0);

/** mulberry32: small, fast and good enough to make benchmark text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'ta',
  'vin',
  'so',
  'ra',
  'den',
  'bri',
  'cal',
  'po',
  'nu',
  'gar',
  'fel',
  'ist',
  'ome',
  'tur',
  'ha',
  'zel',
  'quo',
];
const COMMON = [
  'the',
  'of',
  'and',
  'to',
  'a',
  'in',
  'that',
  'is',
  'for',
  'on',
  'said',
  'with',
  'was',
  'as',
  'it',
  'by',
  'at',
  'from',
  'city',
  'council',
  'year',
  'would',
  'new',
  'people',
  'officials',
  'plan',
  'money',
  'state',
  'report',
  'water',
  'school',
  'public',
  'vote',
  'mayor',
  'budget',
  'residents',
  'project',
  'percent',
  'million',
  'week',
];

/** A vocabulary of invented words ranked by frequency, so term statistics look like real prose (Zipf). */
function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>(COMMON);
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

/** Index drawn from a Zipf-like distribution over `count` ranks. */
function zipf(count: number, next: () => number): number {
  return Math.min(count - 1, Math.floor(Math.exp(next() * Math.log(count + 1)) - 1));
}

interface Draft {
  slug: string;
  section: string;
  publishedAt: Date;
}

/** Writes `count` articles (and their sections and authors) into `dir`, replacing what was there. */
export function writeCorpus(dir: string, count: number, seed = 20261125): { articles: number; words: number } {
  const next = random(seed);
  const words = vocabulary(4000, next);
  const tags = Array.from({ length: TAG_COUNT }, (_, index) => `Topic ${words[100 + index]}`);
  const sentence = (min: number, max: number): string => {
    const length = min + Math.floor(next() * (max - min));
    const text = Array.from({ length }, () => words[zipf(words.length, next)]).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'authors', 'sections']) mkdirSync(join(dir, folder), { recursive: true });
  SECTIONS.forEach((id, index) => {
    writeFileSync(
      join(dir, 'sections', `${id}.md`),
      `---\nname: ${id[0]!.toUpperCase()}${id.slice(1)}\norder: ${index + 1}\n---\n`,
    );
  });
  for (let index = 0; index < AUTHOR_COUNT; index += 1) {
    writeFileSync(
      join(dir, 'authors', `author-${index}.md`),
      `---\nname: Reporter ${words[200 + index]}\nrole: Staff writer\n---\n${sentence(12, 30)}\n`,
    );
  }

  // Minutes apart, newest last, so dates spread evenly over the years and never tie.
  const span = YEARS * 365 * 24 * 60 * 60 * 1000;
  const drafts: Draft[] = Array.from({ length: count }, (_, index) => ({
    slug: `story-${String(index).padStart(6, '0')}-${words[zipf(words.length, next)]}`,
    section: SECTIONS[Math.floor(next() * SECTIONS.length)]!,
    publishedAt: new Date(END - span + Math.floor((span * (index + 1)) / (count + 1))),
  }));

  let totalWords = 0;
  drafts.forEach((draft, index) => {
    const target = 300 + Math.floor(next() * 1200);
    const blocks: string[] = [];
    let written = 0;
    while (written < target) {
      const kind = next();
      if (kind < 0.08) {
        blocks.push(`## ${sentence(3, 7).slice(0, -1)}`);
      } else if (kind < 0.14) {
        blocks.push(Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence(5, 12)}`).join('\n'));
      } else if (kind < 0.19) {
        blocks.push(`> "${sentence(10, 25)}" said ${words[zipf(200, next)]}.`);
      } else {
        const earlier = drafts[Math.floor(next() * Math.max(1, index))]!;
        const link =
          index > 0 && next() < 0.3 ? ` Read [the earlier story](${articlePath(earlier, site.timezone)}).` : '';
        const external = next() < 0.1 ? ` Details are in [the report](https://example.org/report/${index}).` : '';
        blocks.push(`${sentence(15, 40)} "${sentence(6, 14)}" ${sentence(10, 30)}${link}${external}`);
      }
      written = blocks.join(' ').split(/\s+/).length;
    }
    totalWords += written;
    const storyTags = [
      ...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => tags[zipf(tags.length, next)]!)),
    ];
    const authors = [
      ...new Set(Array.from({ length: next() < 0.15 ? 2 : 1 }, () => `author-${Math.floor(next() * AUTHOR_COUNT)}`)),
    ];
    const frontmatter = [
      '---',
      `headline: "${sentence(6, 14).slice(0, -1)}"`,
      `dek: "${sentence(12, 24)}"`,
      `byline: [${authors.join(', ')}]`,
      `publishedAt: ${draft.publishedAt.toISOString()}`,
      `section: ${draft.section}`,
      `tags: [${storyTags.map((tag) => `"${tag}"`).join(', ')}]`,
      '---',
    ].join('\n');
    writeFileSync(join(dir, 'articles', `${draft.slug}.md`), `${frontmatter}\n${blocks.join('\n\n')}\n`);
  });
  return { articles: count, words: totalWords };
}
