/**
 * Why an article gets the related stories it gets: `npm run related -- <slug> [--limit N]`.
 * Lists what the page shows, then the best scored candidates with each part of their score. Reads the
 * content folder directly (no Astro build), so it answers in a moment even for a large site.
 */
import { parseArgs } from 'node:util';
import { didYouMean } from '../lib/content/closest.ts';
import { env } from '../env.ts';
import { calendarDate } from '../lib/content/dates.ts';
import { formatProblems, unknownRelatedPins } from '../lib/content/integrity.ts';
import { publicStories, unpublishedReason } from '../lib/content/publishing.ts';
import type { Explanation } from '../lib/related/explanation.ts';
import { RelatedIndex, type RelatedPick } from '../lib/related/related.ts';
import { site } from '../site.config.ts';
import { readArticles, type ArticleFile } from './read-articles.ts';

const USAGE = `Usage: npm run related -- <slug> [--limit N]

Shows the related stories of the article <slug> as its page lists them, then the best scored
candidates with each part of the score: total = (tags + text + section + author) × decay.

  --limit N   how many scored candidates to list (default 10)

Reads CONTENT_DIR (default content/). As in a build, DATELINE_NOW sets the publication time and
PREVIEW=1 includes drafts and embargoed stories.`;

class UsageError extends Error {}

function parseCommandLine(args: string[]): { slug: string; limit: number } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) throw new UsageError('');
  const [slug, ...extra] = parsed.positionals;
  if (!slug || extra.length > 0)
    throw new UsageError(
      slug ? `one slug at a time, got ${parsed.positionals.join(', ')}` : 'which article? Give its slug.',
    );
  const limit = Number(parsed.values.limit ?? 10);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number of at least 1, got "${parsed.values.limit}"`);
  return { slug, limit };
}

const day = (date: Date): string => {
  const { year, month, day: dayOfMonth } = calendarDate(date, site.timezone);
  return `${year}-${month}-${dayOfMonth}`;
};
const fixed = (value: number, width: number, digits = 3): string => value.toFixed(digits).padStart(width);

function describe(story: ArticleFile): string {
  return `${story.data.headline}\n${story.slug} · ${story.data.section} · ${day(story.data.publishedAt)} · tags: ${story.data.tags.join(', ') || '(none)'}`;
}

function shownList(picks: RelatedPick<ArticleFile>[]): string[] {
  return picks.map((pick, index) => {
    const why = pick.score ? `score ${pick.score.total.toFixed(3)}` : pick.reason;
    return `  ${index + 1}. ${pick.story.slug}  (${why})`;
  });
}

function candidateTable(candidates: Explanation<ArticleFile>[]): string[] {
  const header = `   #  total =  (tags +  text + section + author) × decay   days  slug`;
  return [
    header,
    ...candidates.flatMap(({ story, score, daysApart, sharedTags, sharedTerms }, index) => [
      `  ${String(index + 1).padStart(2)} ${fixed(score.total, 6)}   ${fixed(score.tags, 6)} ${fixed(score.text, 6)} ${fixed(score.section, 7)} ${fixed(score.author, 6)}  ${fixed(score.decay, 7)} ${daysApart.toFixed(0).padStart(6)}  ${story.slug}`,
      `      shared tags: ${sharedTags.map(({ tag, idf }) => `${tag} (idf ${idf.toFixed(2)})`).join(', ') || 'none'}`,
      `      shared terms: ${
        sharedTerms
          .slice(0, 8)
          .map(({ term, weight }) => `${term} ${weight.toFixed(3)}`)
          .join(', ') || 'none'
      }`,
    ]),
  ];
}

async function main(args: string[]): Promise<number> {
  let request;
  try {
    request = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`related: ${error.message}\n`);
    console.error(USAGE);
    return error.message ? 2 : 0;
  }
  const { now, preview } = env;
  let all: ArticleFile[];
  try {
    all = await readArticles(env.contentDir);
  } catch (error) {
    console.error(`related: ${(error as Error).message}`);
    return 1;
  }
  const problems = unknownRelatedPins(all);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    return 1;
  }
  const stories = all.map((article) => ({ ...article, unpublished: unpublishedReason(article.data, now) }));
  const story = stories.find((article) => article.slug === request.slug);
  if (!story) {
    console.error(
      `related: no article has the slug "${request.slug}"${
        didYouMean(
          request.slug,
          all.map((article) => article.slug),
        ) || '.'
      }`,
    );
    return 1;
  }
  if (story.unpublished && !preview) {
    console.error(
      `related: "${story.slug}" is ${story.unpublished === 'draft' ? 'a draft' : 'embargoed'}, so no public page shows it; PREVIEW=1 npm run related -- ${story.slug} shows what a preview build gives it.`,
    );
    return 1;
  }
  const index = new RelatedIndex(preview ? stories : publicStories(stories));
  console.log(describe(story));
  console.log(`\nShown on its page (${site.relatedCount} wanted, pins first):`);
  console.log(
    shownList(index.relatedTo(story, site.relatedCount)).join('\n') || '  nothing: it is the only published story',
  );
  const candidates = index.explain(story, request.limit);
  console.log(`\nBest ${candidates.length} scored candidates:`);
  console.log(
    candidates.length > 0 ? candidateTable(candidates).join('\n') : '  none shares enough tags or words with it',
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
