/**
 * `npm run import:wordpress -- <export.xml> [--uploads <dir>] [--into <content dir>] [--urls-out <file>] [--dry-run] [--format text|json]`:
 * turns a WordPress export (WXR) into Dateline content (articles, standing pages, sections, authors,
 * images), writes the old site's URLs for `npm run check:urls`, and reports every item not carried over
 * cleanly. Reads the export twice as a stream (the plan, then the bodies), a third time only to convert
 * again the bodies that link to an item left out; writes only at the end, all or nothing (import-files.ts).
 * Progress goes to stderr, the report to stdout.
 * Exits 0 when the import is done (the report says what was not clean), 1 when the export cannot be
 * imported at all (unreadable, not WXR, truncated), 2 on a wrong command line.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { articleSchema, authorSchema, sectionSchema, standingPageSchema, type KnownIds } from '../content-schema.ts';
import { env } from '../env.ts';
import { readFrontmatterYaml } from '../lib/content/frontmatter-yaml.ts';
import { splitContentFile } from '../lib/content/frontmatter-source.ts';
import {
  ItemConverter,
  oldUrlList,
  redirectsYaml,
  siteFiles,
  type ItemOutput,
  type OutputFile,
} from '../lib/import/convert.ts';
import { REDIRECT_LIST } from '../lib/content/entry-list.ts';
import { ExportIndex } from '../lib/import/export-index.ts';
import { importedAddresses, planImport, type ImportPlan } from '../lib/import/plan.ts';
import { reportJson, reportText, type ImportReport, type ReportProblem } from '../lib/import/report.ts';
import { readWxr, WxrError, type WxrItem, type WxrRecord } from '../lib/import/wxr-reader.ts';
import { articleSlug } from '../lib/urls/permalink.ts';
import { RESERVED_SECTION_IDS } from '../lib/urls/routes.ts';
import { site } from '../site.config.ts';
import { articleId, displayPath, markdownFiles, readContentFile } from './content-files.ts';
import { filesUnder, ImportWriter, uploadsLookup } from './import-files.ts';

const USAGE = `Usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder>] [--into <content folder>] [--urls-out <file>] [--dry-run] [--format text|json]

Imports a WordPress export (WXR 1.1 or 1.2, from Tools → Export) into the content folder (--into, default
CONTENT_DIR or content/): posts become articles/<yyyy>/<slug>.md, pages become pages/<slug>.md, categories
sections, users authors; images found under --uploads are copied beside the articles that show them.
Writes the old site's URLs to --urls-out (default: wordpress-urls.json beside the content folder) for
npm run check:urls, and prints a report of everything not converted cleanly (--format json for a machine).
Files that exist with the same contents are left alone; files that differ are kept, not overwritten.
--dry-run writes nothing and reports what an import would do.`;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string, exitCode: 1 | 2): never {
  console.error(exitCode === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(exitCode);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        uploads: { type: 'string' },
        into: { type: 'string' },
        'urls-out': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail((error as Error).message, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) fail('Give exactly one WordPress export file.', 2);
  if (!(FORMATS as readonly string[]).includes(values.format))
    fail(`--format must be text or json, got "${values.format}"`, 2);
  const contentDir = resolve(values.into ?? env.contentDir);
  return {
    exportFile: positionals[0]!,
    uploads: values.uploads,
    contentDir,
    urlsOut: resolve(values['urls-out'] ?? join(dirname(contentDir), 'wordpress-urls.json')),
    dryRun: values['dry-run'],
    format: values.format as Format,
  };
}

const options = readOptions();
const shownExport = displayPath(resolve(options.exportFile));
if (!existsSync(options.exportFile) || !statSync(options.exportFile).isFile())
  fail(`Cannot read ${shownExport}: there is no such file.`, 1);
if (options.uploads !== undefined && !(existsSync(options.uploads) && statSync(options.uploads).isDirectory()))
  fail(`--uploads ${options.uploads} is not a folder; give the site's wp-content/uploads folder.`, 1);
if (existsSync(options.contentDir) && !statSync(options.contentDir).isDirectory())
  fail(`--into ${options.contentDir} is a file, not a content folder.`, 1);

const exportSize = statSync(options.exportFile).size;
const progress = (() => {
  let last = 0;
  return (pass: string, items: number, done = false) => {
    const now = performance.now();
    if (!done && now - last < 2000) return;
    last = now;
    console.error(`${pass}: ${items.toLocaleString('en-US')} items${done ? ', done' : ''}`);
  };
})();

/** The export's records, read as a stream; a file that cannot be read or is no WXR ends the import here. */
async function* records(pass: string): AsyncGenerator<WxrRecord> {
  let items = 0;
  try {
    for await (const record of readWxr(createReadStream(options.exportFile, { highWaterMark: 1 << 16 }), shownExport)) {
      if (record.kind === 'item') progress(pass, ++items);
      yield record;
    }
    progress(pass, items, true);
  } catch (error) {
    writer.abort();
    if (error instanceof WxrError) fail(`${error.message}. Nothing was written.`, 1);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) fail(`Cannot read ${shownExport}: ${(error as Error).message}. Nothing was written.`, 1);
    throw error;
  }
}

// Writes nothing before the second read; abort() leaves the content folder as it was at any point.
const writer = new ImportWriter(options.contentDir, { dryRun: options.dryRun });
process.on('SIGINT', () => {
  writer.abort();
  process.exit(130);
});

// First read: the plan.
const index = new ExportIndex();
// readWxr gives the site first, or fails: an export read to its end has one.
for await (const record of records(`reading ${shownExport} (${Math.round(exportSize / 1e6)} MB)`)) index.add(record);

/** Article slugs the content folder has already, with their files: a new article may not take one. */
function existingArticleSlugs(contentDir: string): Map<string, string[]> {
  const articlesDir = join(contentDir, 'articles');
  const slugs = new Map<string, string[]>();
  for (const path of markdownFiles(articlesDir, true)) {
    const read = readContentFile(path);
    const override = 'data' in read && typeof read.data.slug === 'string' ? read.data.slug : undefined;
    const slug = articleSlug(articleId(articlesDir, path), override);
    slugs.set(slug, [...(slugs.get(slug) ?? []), `articles/${articleId(articlesDir, path)}.md`]);
  }
  return slugs;
}

const plan: ImportPlan = planImport(index, {
  timeZone: site.timezone,
  now: env.now,
  reservedIds: RESERVED_SECTION_IDS,
  existing: {
    articleSlugs: existingArticleSlugs(options.contentDir),
    sectionIds: filesUnder(join(options.contentDir, 'sections')).map((name) => name.replace(/\.md$/, '')),
  },
});

/** The images an article names exist once the import is written: those it copies beside it (see importItem). */
const copiedImages = new Set<string>();
const imageBeside =
  (file: string): SchemaContext['image'] =>
  () =>
    z.string().refine((src) => copiedImages.has(join(dirname(file), src)), {
      error: (issue) => `image "${String(issue.input)}" is not among the images this import copies`,
    }) as never;
const targetIds: KnownIds = {
  authorIds: [
    ...new Set([
      ...plan.authors.map((author) => author.id),
      ...filesUnder(join(options.contentDir, 'authors')).map((name) => name.replace(/\.md$/, '')),
    ]),
  ],
  sectionIds: [
    ...new Set([
      ...plan.sections.map((section) => section.id),
      ...filesUnder(join(options.contentDir, 'sections')).map((name) => name.replace(/\.md$/, '')),
    ]),
  ],
};
const articleSchemas = new Map<string, z.ZodType>();
/** The build's own schema (src/content-schema.ts) of a file, knowing the target's authors, sections and images. */
const schemaFor = (path: string): z.ZodType => {
  if (path.startsWith('pages/')) return standingPageSchema;
  if (path.startsWith('sections/')) return sectionSchema;
  if (path.startsWith('authors/')) return authorSchema({ image: imageBeside(path) });
  const folder = dirname(path);
  let schema = articleSchemas.get(folder);
  if (!schema) {
    schema = articleSchema(targetIds)({ image: imageBeside(path) }) as unknown as z.ZodType;
    articleSchemas.set(folder, schema);
  }
  return schema;
};

/** Why a file the importer made does not pass the schema, in the schema's words; undefined when it does. */
async function schemaProblem(file: OutputFile): Promise<string | undefined> {
  const source = splitContentFile(file.content);
  if ('problem' in source) return source.problem.message;
  const result = await schemaFor(file.path).safeParseAsync(readFrontmatterYaml(source.yaml));
  if (result.success) return undefined;
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`.replace(/^: /, '')).join('; ');
}

// Second read: the files.
const uploads = options.uploads === undefined ? undefined : uploadsLookup(options.uploads);
const converter = new ItemConverter(index, plan, {
  timeZone: site.timezone,
  embedHosts: site.embedHosts,
  ...(uploads ? { upload: uploads.check } : {}),
});
const problems: ReportProblem[] = [...plan.problems];
const imported = {
  articles: { published: 0, embargoed: 0, drafts: 0 },
  pages: 0,
  authors: plan.authors.length,
  sections: plan.sections.length,
  images: 0,
};
/** Items the plan imports whose file was not written after all: no URL, alias, redirect or link of theirs is kept. */
const leftOut = new Set<number>();
/** The links of each item written that lead to an imported item's address (ItemOutput.links). */
const linksOf = new Map<number, ItemOutput['links']>();

function leaveOut(item: WxrItem, title: string | undefined, message: string): void {
  problems.push({ severity: 'error', id: item.id, type: item.postType, title, message });
  leftOut.add(item.id);
  converter.leaveOut(item.id);
}

/** Converts an item, checks its file against the schema and writes it with its images; or reports why not. */
async function importItem(item: WxrItem): Promise<void> {
  let output: ItemOutput | undefined;
  try {
    output = converter.convert(item);
  } catch (error) {
    // One item the converter cannot read is that item's error in the report, not the end of the import.
    leaveOut(item, item.title, `could not be converted (${(error as Error).message}); not imported`);
    return;
  }
  if (!output) return;
  // The schema looks for an article's images among those copied: its own are, while checked, and stay if it passes.
  const newImages = new Set(output.images.map((image) => image.to).filter((to) => !copiedImages.has(to)));
  for (const to of newImages) copiedImages.add(to);
  const invalid = await schemaProblem(output.file);
  if (invalid) {
    for (const to of newImages) copiedImages.delete(to);
    leaveOut(
      item,
      plan.articles.get(item.id)?.headline ?? plan.pages.get(item.id)?.title,
      `its converted frontmatter does not pass Dateline's schema (${invalid}); not imported`,
    );
    return;
  }
  problems.push(...output.problems);
  writer.writeText(output.file.path, output.file.content);
  for (const image of output.images)
    if (newImages.delete(image.to)) writer.copyFile(uploads!.path(image.from), image.to);
  if (output.links.length > 0) linksOf.set(item.id, output.links);
  const article = plan.articles.get(item.id);
  if (item.postType === 'page') imported.pages += 1;
  else if (article?.state === 'published') imported.articles.published += 1;
  else if (article?.state === 'embargoed') imported.articles.embargoed += 1;
  else imported.articles.drafts += 1;
}

for await (const record of records('converting')) if (record.kind === 'item') await importItem(record.item);
imported.images = copiedImages.size;

// A body converted before an item it links to was left out leads to an address no page answers: it is
// converted again, its links to that item left as they were. Its frontmatter, checked already, is the same.
const relinked = new Set([...linksOf].filter(([, links]) => converter.leadsToLeftOut(links)).map(([id]) => id));
if (relinked.size > 0)
  for await (const record of records('relinking')) {
    if (record.kind !== 'item' || !relinked.has(record.item.id)) continue;
    const output = converter.convert(record.item)!;
    writer.rewriteText(output.file.path, output.file.content);
  }

for (const file of siteFiles(plan)) {
  const invalid = await schemaProblem(file);
  if (invalid)
    problems.push({
      severity: 'error',
      message: `${file.path} does not pass Dateline's schema (${invalid}); not written`,
    });
  else writer.writeText(file.path, file.content);
}
const redirectsPath = join(options.contentDir, REDIRECT_LIST.file);
const existingRedirects = existsSync(redirectsPath) ? readFileSync(redirectsPath, 'utf8') : undefined;
const addresses = importedAddresses(plan, leftOut);
if (addresses.redirects.length > 0 || existingRedirects !== undefined) {
  const redirects = redirectsYaml(addresses.redirects, existingRedirects);
  if ('content' in redirects) writer.writeText(REDIRECT_LIST.file, redirects.content, { replace: true });
  else
    problems.push({
      severity: 'error',
      message: `${displayPath(redirectsPath)} is not a list of redirects (${redirects.problem}), so its ${addresses.redirects.length} redirects of the old site's archives, feed and moved pages were not added; mend it and import again`,
    });
}
const urlList = oldUrlList(plan.site, addresses.oldUrls);
writer.writeText(options.urlsOut, urlList, { absolute: true, replace: true });
const written = writer.finish();
for (const path of written.kept)
  problems.push({
    severity: 'warning',
    message: `${displayPath(path)} exists and differs from what the export gives; kept as it is (delete it and import again to replace it)`,
  });

const report: ImportReport = {
  source: shownExport,
  site: { title: plan.site.title, url: plan.site.link, wxrVersion: plan.site.version },
  items: index.counts,
  imported,
  notImported: plan.notImported,
  comments: index.comments,
  files: { written: written.written, unchanged: written.unchanged, kept: written.kept.length, dryRun: options.dryRun },
  urls: {
    file: displayPath(options.urlsOut),
    total: JSON.parse(urlList).urls.length,
    redirectedByAliases: [...plan.articles.values()]
      .filter((article) => !leftOut.has(article.id))
      .reduce((sum, article) => sum + article.aliases.length, 0),
    redirects: addresses.redirects.length,
  },
  problems,
};
process.stdout.write(options.format === 'json' ? reportJson(report) : reportText(report));
