/**
 * `npm run new -- --headline "…" --section <id> --byline <id>[,<id>] [--tags a,b] [--type t] [--draft] [--slug s]`:
 * creates content/articles/<slug>.md with frontmatter the schema accepts, published now in the
 * publication's time zone, and prints its path and future URL. Never overwrites anything.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { env } from '../env.ts';
import { slugFromHeadline } from './headline-slug.ts';
import { absoluteUrl, articleAddress, articleSlug } from '../lib/urls/permalink.ts';
import { zonedIsoString } from '../lib/content/dates.ts';
import { STORY_TYPES } from '../lib/content/story-types.ts';
import { site } from '../site.config.ts';
import { articleId, displayPath, markdownFiles, readContentFile } from './content-files.ts';
import { loadSchemas } from './load-schema.ts';

const USAGE = `Usage: npm run new -- --headline "Harbor Bridge reopens" --section city --byline amara-okafor[,daniel-reyes] [--tags "Transportation,Harbor Bridge"] [--type opinion] [--draft] [--slug harbor-bridge-reopens]

Creates content/articles/<slug>.md (in CONTENT_DIR), published now; the slug comes from the headline unless --slug is given.
--type is the kind of story: ${STORY_TYPES.join(', ')} (news unless given).`;

interface NewArticle {
  headline: string;
  section: string;
  byline: string[];
  tags: string[];
  type?: string;
  draft: boolean;
  slug?: string;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function fail(message: string, exitCode: 1 | 2): never {
  console.error(exitCode === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(exitCode);
}

function readOptions(): NewArticle {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        headline: { type: 'string' },
        section: { type: 'string' },
        byline: { type: 'string' },
        tags: { type: 'string' },
        type: { type: 'string' },
        draft: { type: 'boolean', default: false },
        slug: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const missing = (['headline', 'section', 'byline'] as const).filter((name) => !values[name]?.trim());
  if (missing.length > 0) fail(`Missing ${missing.map((name) => `--${name}`).join(', ')}.`, 2);
  return {
    headline: values.headline!.trim(),
    section: values.section!.trim(),
    byline: list(values.byline),
    tags: list(values.tags),
    type: values.type?.trim(),
    draft: values.draft,
    slug: values.slug,
  };
}

/** The article file that already has this slug (its file name or `slug:` override), if any. */
function articleWithSlug(articlesDir: string, slug: string): string | undefined {
  return markdownFiles(articlesDir, true).find((path) => {
    const read = readContentFile(path);
    const override = 'data' in read && typeof read.data.slug === 'string' ? read.data.slug : undefined;
    return articleSlug(articleId(articlesDir, path), override) === slug;
  });
}

const options = readOptions();
const root = env.contentDir;
const articlesDir = join(root, 'articles');
if (!existsSync(articlesDir))
  fail(
    `The content folder ${root} has no articles/ folder. Set CONTENT_DIR to a folder with articles/, authors/ and sections/.`,
    1,
  );

const slug = options.slug ?? slugFromHeadline(options.headline);
if (!slug)
  fail(
    `Cannot make a URL slug from the headline "${options.headline}" (it has no Latin letters or digits); pass --slug.`,
    2,
  );
const file = join(articlesDir, `${slug}.md`);
const publishedAt = zonedIsoString(env.now, site.timezone);
const frontmatter = {
  headline: options.headline,
  byline: options.byline.length === 1 ? options.byline[0] : options.byline,
  publishedAt,
  section: options.section,
  tags: options.tags,
  ...(options.type ? { type: options.type } : {}),
  ...(options.draft ? { draft: true } : {}),
};

const { article } = await loadSchemas(root);
// A --slug is checked by the schema's slug rule; the file name carries it, so the file needs no `slug:`.
const checked = await article(file).safeParseAsync({ ...frontmatter, ...(options.slug ? { slug } : {}) });
if (!checked.success) {
  fail(
    checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`.replace(/^: /, '')).join('\n'),
    1,
  );
}

const shown = displayPath(file);
if (existsSync(file)) fail(`${shown} already exists; choose another headline or pass --slug.`, 1);
const sameSlug = articleWithSlug(articlesDir, slug);
if (sameSlug)
  fail(`The slug "${slug}" is already used by ${displayPath(sameSlug)}; choose another headline or pass --slug.`, 1);

// `wx`: should another editor create the same file meanwhile, fail rather than overwrite it.
writeFileSync(file, matter.stringify('\n', frontmatter), { flag: 'wx' });
// The file is named for its slug, so the slug is its id.
const { url: path } = articleAddress(slug, checked.data, site.timezone);
console.log(`Created ${shown}`);
console.log(`URL: ${path} (${absoluteUrl(path, site.url)})`);
if (options.draft) console.log('It is a draft: it is published only once you remove "draft: true".');
