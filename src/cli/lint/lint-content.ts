/**
 * The content check behind `npm run check`: every article, author, section and standing page file and
 * content/removed.yaml against the one schema, content/front.yaml against its own rules, then what only the whole newsroom shows (duplicate
 * slugs, aliases that collide, links that lead nowhere), each problem at the line that causes it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { closest } from '../../lib/content/closest.ts';
import { bodyReferences, sitePathOf } from './body-references.ts';
import { judgeSiteLink, longHeadlineMessage, type SiteAddresses } from './content-lint.ts';
import type { ContentSource } from '../../lib/content/frontmatter-source.ts';
import {
  duplicateSlugs,
  liveCoverageProblems,
  reservedSections,
  unknownRelatedPins,
} from '../../lib/content/integrity.ts';
import { bodyFacts } from '../../markdown/body-facts.ts';
import { standingPageProblems } from '../../lib/content/standing-pages.ts';
import { unknownFrontStories, unservedBannerLink } from '../../lib/content/front-file.ts';
import { FRONT_FILE, readEditorsFront } from '../../build/editors-front.ts';
import type { Diagnostic, Severity } from './lint-report.ts';
import { articleAddress } from '../../lib/urls/permalink.ts';
import {
  addressConflicts,
  isServed,
  livePages,
  redirectsOf,
  unservedRedirectTargets,
  type Redirect,
  type RemovedUrl,
} from '../../lib/urls/redirects.ts';
import { matchesProjectRoute, RESERVED_SECTION_IDS } from '../../lib/urls/routes.ts';
import { parseEntryList, REDIRECT_LIST, REMOVED_LIST, type EntryListKind } from '../../lib/content/entry-list.ts';
import { locateYamlPath } from './yaml-locate.ts';
import { env } from '../../env.ts';
import { site } from '../../site.config.ts';
import { articleId, displayPath as display, markdownFiles, readContentFile } from '../content-files.ts';
import { fieldNamesAt, loadSchemas, type ContentSchemas } from '../load-schema.ts';

type Position = { line: number; column: number };
type ArticleData = z.output<ReturnType<ContentSchemas['article']>>;

interface CheckedArticle {
  path: string;
  filePath: string;
  source: ContentSource;
  slug: string;
  url: string;
  data: ArticleData;
}

/** A readable article file: its body is checked even when its frontmatter is not valid, so one round of fixes shows every problem. */
interface ArticleSource {
  path: string;
  filePath: string;
  source: ContentSource;
  draft: boolean;
}

type RemovedEntry = RemovedUrl & { line: number };

type StandingPageData = z.output<ContentSchemas['standingPage']>;

interface CheckedStandingPage {
  id: string;
  filePath: string;
  source: ContentSource;
  data: StandingPageData;
}

/** The files whose pages the content makes, as livePages wants them. */
interface Placement {
  sections: { id: string; filePath: string }[];
  authors: { id: string; filePath: string }[];
  standingPages: { id: string; filePath: string }[];
  timeZone: string;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  files: number;
}

function diagnostic(file: string, position: Position, severity: Severity, message: string): Diagnostic {
  return { file, line: position.line, column: position.column, severity, message };
}

/** `image.alt`, `byline[1]`. */
function fieldLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (label, segment) =>
      typeof segment === 'number' ? `${label}[${segment}]` : label ? `${label}.${String(segment)}` : String(segment),
    '',
  );
}

/** A schema issue in words, an unknown key with the nearest known one. */
function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { path: PropertyKey[]; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    const known = fieldNamesAt(schema, issue.path);
    return issue.keys.map((key) => {
      const [guess] = closest(key, known, 1);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return {
        path: [...issue.path, key],
        message: `unknown field "${fieldLabel([...issue.path, key])}"${hint} Known fields: ${known.join(', ')}.`,
      };
    });
  }
  const field = fieldLabel(issue.path);
  return [
    {
      path: issue.path,
      message: field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message,
    },
  ];
}

/** Every issue the schema found in one file or entry, each at the place `at` gives for its field. */
function schemaDiagnostics(
  file: string,
  error: z.ZodError,
  schema: z.ZodType,
  at: (field: PropertyKey[]) => Position,
): Diagnostic[] {
  return error.issues.flatMap((issue) =>
    describeIssue(issue, schema).map(({ path, message }) => diagnostic(file, at(path), 'error', message)),
  );
}

/** Where a field is written, or the opening fence when it is missing. */
function positionOf(source: ContentSource, path: readonly PropertyKey[]): Position {
  const found = locateYamlPath(source.yaml, path);
  return found
    ? { line: source.yamlLine + found.line - 1, column: found.column }
    : { line: source.yamlLine, column: 1 };
}

/** Whether a path is served by the project itself rather than the content: a public/ file or a route such as /search/ or /feed.xml. */
function projectPaths(projectRoot: string): (path: string) => boolean {
  const publicDir = join(projectRoot, 'public');
  return (path) => {
    const file = join(publicDir, path);
    return (file.startsWith(publicDir) && existsSync(file) && statSync(file).isFile()) || matchesProjectRoute(path);
  };
}

const isRelativeFile = (target: string) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target);

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** One file read and checked against its schema: `data` only when it is valid, `source` whenever it is readable. */
interface FrontmatterCheck<T> {
  source?: ContentSource;
  draft: boolean;
  data?: T;
  diagnostics: Diagnostic[];
}

async function checkFrontmatter<S extends z.ZodType>(path: string, schema: S): Promise<FrontmatterCheck<z.output<S>>> {
  const read = readContentFile(path);
  if ('problem' in read)
    return { draft: false, diagnostics: [diagnostic(display(path), read.problem, 'error', read.problem.message)] };
  const { source } = read;
  const draft = read.data.draft === true;
  const result = await schema.safeParseAsync(read.data).catch((error: Error) => ({ thrown: error }));
  if ('thrown' in result) {
    return {
      source,
      draft,
      diagnostics: [
        diagnostic(
          display(path),
          { line: source.yamlLine, column: 1 },
          'error',
          `the frontmatter could not be checked: ${result.thrown.message}`,
        ),
      ],
    };
  }
  if (result.success) return { source, draft, data: result.data, diagnostics: [] };
  return {
    source,
    draft,
    diagnostics: schemaDiagnostics(display(path), result.error, schema, (field) => positionOf(source, field)),
  };
}

/** The frontmatter of every author or section file. */
async function checkFrontmatters(
  paths: readonly string[],
  schemaOf: (path: string) => z.ZodType,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) diagnostics.push(...(await checkFrontmatter(path, schemaOf(path))).diagnostics);
  return diagnostics;
}

/** The frontmatter of every article file, and what the later checks read: the readable files and the valid articles. */
async function checkArticleFiles(
  articlesDir: string,
  paths: readonly string[],
  schemaOf: ContentSchemas['article'],
): Promise<{ sources: ArticleSource[]; articles: CheckedArticle[]; diagnostics: Diagnostic[] }> {
  const sources: ArticleSource[] = [];
  const articles: CheckedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const { source, draft, data, diagnostics: problems } = await checkFrontmatter(path, schemaOf(path));
    diagnostics.push(...problems);
    if (source) sources.push({ path, filePath: display(path), source, draft });
    if (!source || !data) continue;
    articles.push({
      path,
      filePath: display(path),
      source,
      ...articleAddress(articleId(articlesDir, path), data, site.timezone),
      data,
    });
  }
  return { sources, articles, diagnostics };
}

/** The frontmatter of every standing page, and their bodies for the link check (a page is never a draft). */
async function checkStandingPageFiles(
  paths: readonly string[],
  schema: ContentSchemas['standingPage'],
): Promise<{ pages: CheckedStandingPage[]; sources: ArticleSource[]; diagnostics: Diagnostic[] }> {
  const pages: CheckedStandingPage[] = [];
  const sources: ArticleSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const { source, data, diagnostics: problems } = await checkFrontmatter(path, schema);
    diagnostics.push(...problems);
    if (!source) continue;
    sources.push({ path, filePath: display(path), source, draft: false });
    if (data) pages.push({ id: basename(path, '.md'), filePath: display(path), source, data });
  }
  return { pages, sources, diagnostics };
}

function readContentText(path: string): { text: string } | { problem: Position & { message: string } } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { problem: { line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` } };
  }
}

/** The problems of content/removed.yaml or content/redirects.yaml, and its valid entries, each with its line. */
function checkEntryList<S extends z.ZodType<object>>(
  path: string,
  kind: EntryListKind,
  schema: S,
): { entries: (z.output<S> & { line: number })[]; diagnostics: Diagnostic[] } {
  if (!existsSync(path)) return { entries: [], diagnostics: [] };
  const file = display(path);
  const read = readContentText(path);
  const parsed = 'problem' in read ? read : parseEntryList(read.text, kind);
  if ('problem' in parsed)
    return { entries: [], diagnostics: [diagnostic(file, parsed.problem, 'error', parsed.problem.message)] };
  const entries: (z.output<S> & { line: number })[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of parsed.items) {
    const result = schema.safeParse(item.data);
    if (result.success) entries.push({ ...result.data, line: item.line });
    else diagnostics.push(...schemaDiagnostics(file, result.error, schema, () => ({ line: item.line, column: 3 })));
  }
  return { entries, diagnostics };
}

/** Section files named like one of the site's own routes. */
function checkSectionIds(sections: Placement['sections']): Diagnostic[] {
  return reservedSections(sections, RESERVED_SECTION_IDS).map((problem) =>
    diagnostic(problem.file, { line: 1, column: 1 }, 'error', problem.message),
  );
}

/** Standing pages whose file name another page has, and two pages that claim one policy. */
function checkStandingPages(pages: readonly CheckedStandingPage[], placement: Placement): Diagnostic[] {
  const byFile = new Map(pages.map((page) => [page.filePath, page]));
  const sectionIds = placement.sections.map((section) => section.id);
  return standingPageProblems(pages, { sectionIds, reserved: RESERVED_SECTION_IDS }).map((problem) => {
    const source = byFile.get(problem.file)?.source;
    const at = source && problem.field !== 'file name' ? positionOf(source, [problem.field]) : { line: 1, column: 1 };
    return diagnostic(problem.file, at, 'error', problem.message);
  });
}

/** Two articles with one slug, and `related:` pins to no article. */
function checkSlugsAndRelatedPins(articles: readonly CheckedArticle[]): Diagnostic[] {
  const byFile = new Map(articles.map((article) => [article.filePath, article]));
  return [...duplicateSlugs(articles), ...unknownRelatedPins(articles)].map((problem) => {
    const article = byFile.get(problem.file)!;
    return diagnostic(article.filePath, positionOf(article.source, [problem.field]), 'error', problem.message);
  });
}

/** The update headings, times and authors of live stories, at the line of each update. */
function checkLiveCoverage(articles: readonly CheckedArticle[], authorIds: readonly string[]): Diagnostic[] {
  const live = articles
    .filter((article) => article.data.type === 'live')
    .map((article) => ({
      filePath: article.filePath,
      data: article.data,
      ...bodyFacts(article.source.body, { type: 'live', bodyLine: article.source.bodyLine }),
    }));
  return liveCoverageProblems(live, authorIds, env.now).map((problem) =>
    diagnostic(problem.file, { line: problem.line, column: 1 }, 'error', problem.message),
  );
}

/**
 * content/front.yaml, each problem at its line. A story it names may be any article file, one whose
 * frontmatter is broken too (that file has its own report).
 */
function checkFrontFile(
  contentDir: string,
  articles: readonly CheckedArticle[],
  articleFiles: readonly string[],
  addresses: SiteAddresses,
): Diagnostic[] {
  const editorsFront = readEditorsFront(contentDir, site.timezone);
  if (!editorsFront) return [];
  const slugs = [
    ...new Set([...articles.map((article) => article.slug), ...articleFiles.map((file) => basename(file, '.md'))]),
  ];
  const file = display(join(contentDir, FRONT_FILE));
  // Embargoed stories count as pages: the banner waits for them (shownBanner).
  const served = (path: string) =>
    isServed(path, addresses.pages) || addresses.redirects.has(path) || addresses.isProjectPath(path);
  return [
    ...editorsFront.problems,
    ...unknownFrontStories(editorsFront.front, slugs),
    ...unservedBannerLink(editorsFront.front, served),
  ].map((problem) => diagnostic(file, problem, 'error', problem.message));
}

function checkHeadlines(articles: readonly CheckedArticle[]): Diagnostic[] {
  return articles.flatMap((article) => {
    const tooLong = longHeadlineMessage(article.data.headline);
    return tooLong ? [diagnostic(article.filePath, positionOf(article.source, ['headline']), 'warning', tooLong)] : [];
  });
}

/**
 * Aliases, redirects and removed URLs that fight a page or each other over one address, and redirects
 * that lead nowhere, at the line that writes each.
 */
function checkAddressConflicts(
  articles: readonly CheckedArticle[],
  redirects: readonly Redirect[],
  removed: readonly RemovedEntry[],
  placement: Placement,
  removedFile: string,
): Diagnostic[] {
  const byFile = new Map(articles.map((article) => [article.filePath, article]));
  const redirectAt = new Map(redirects.map((redirect) => [`${redirect.filePath}:${redirect.line}`, redirect]));
  const removedLines = new Map<string, number[]>();
  for (const entry of removed) removedLines.set(entry.url, [...(removedLines.get(entry.url) ?? []), entry.line]);
  const published = articles.filter((article) => !article.data.draft);
  return [
    // Collisions count every article, drafts included: a draft's alias collides the day it is published.
    ...addressConflicts(
      [...redirectsOf(articles), ...redirects],
      removed,
      livePages({ ...placement, stories: articles }),
      removedFile,
    ),
    // A redirect must lead to a page readers can open today.
    ...unservedRedirectTargets(redirects, livePages({ ...placement, stories: published })),
  ].map((problem) => {
    const article = byFile.get(problem.file);
    const redirect = redirectAt.get(problem.file);
    if (article)
      return diagnostic(
        article.filePath,
        positionOf(article.source, ['aliases', (article.data.aliases ?? []).indexOf(problem.address)]),
        'error',
        problem.message,
      );
    if (redirect) return diagnostic(redirect.filePath, { line: redirect.line!, column: 3 }, 'error', problem.message);
    return diagnostic(
      removedFile,
      { line: removedLines.get(problem.address)?.pop() ?? 1, column: 3 },
      'error',
      problem.message,
    );
  });
}

/** Every address a published article may link to, as the content and the project make them. */
function siteAddresses(
  articles: readonly CheckedArticle[],
  redirects: readonly Redirect[],
  removed: readonly RemovedEntry[],
  placement: Placement,
  projectRoot: string,
): SiteAddresses {
  const published = articles.filter((article) => !article.data.draft);
  return {
    pages: livePages({ ...placement, stories: published }),
    drafts: new Map(articles.filter((article) => article.data.draft).map((article) => [article.url, article.filePath])),
    redirects: new Map([...redirectsOf(published), ...redirects].map((redirect) => [redirect.from, redirect.to])),
    removed: new Set(removed.map((entry) => entry.url)),
    isProjectPath: projectPaths(projectRoot),
  };
}

/** Links to pages that do not exist and images that are not there, in one article body. */
function checkBody(article: ArticleSource, addresses: SiteAddresses): Diagnostic[] {
  return bodyReferences(article.source.body).flatMap((reference) => {
    const position = { line: article.source.bodyLine + reference.line - 1, column: reference.column };
    if (reference.kind === 'image' && isRelativeFile(reference.target)) {
      const file = resolve(dirname(article.path), safeDecodeUri(reference.target.split(/[?#]/)[0]!));
      return existsSync(file)
        ? []
        : [
            diagnostic(
              article.filePath,
              position,
              'error',
              `image "${reference.target}" does not exist: there is no file ${file} (paths are relative to the Markdown file)`,
            ),
          ];
    }
    const path = sitePathOf(reference.target, site.url);
    const verdict = path === undefined ? undefined : judgeSiteLink(path, addresses, article.draft);
    return verdict ? [diagnostic(article.filePath, position, verdict.severity, verdict.message)] : [];
  });
}

const placed = (paths: readonly string[]) =>
  paths.map((path) => ({ id: basename(path, '.md'), filePath: display(path) }));

export async function lintContent(contentDir: string, projectRoot: string): Promise<LintResult> {
  const schemas = await loadSchemas(contentDir);
  const articlesDir = join(contentDir, 'articles');
  const articleFiles = markdownFiles(articlesDir, true);
  const authorFiles = markdownFiles(join(contentDir, 'authors'), false);
  const sectionFiles = markdownFiles(join(contentDir, 'sections'), false);
  const standingPageFiles = markdownFiles(join(contentDir, 'pages'), false);
  const removedPath = join(contentDir, REMOVED_LIST.file);
  const redirectsPath = join(contentDir, REDIRECT_LIST.file);

  const {
    sources,
    articles,
    diagnostics: articleProblems,
  } = await checkArticleFiles(articlesDir, articleFiles, schemas.article);
  const authorProblems = await checkFrontmatters(authorFiles, schemas.author);
  const sectionProblems = await checkFrontmatters(sectionFiles, () => schemas.section);
  const standingPages = await checkStandingPageFiles(standingPageFiles, schemas.standingPage);
  const removed = checkEntryList(removedPath, REMOVED_LIST, schemas.removed);
  const redirectList = checkEntryList(redirectsPath, REDIRECT_LIST, schemas.redirect);
  const redirects: Redirect[] = redirectList.entries.map(({ from, to, line }) => ({
    from,
    to,
    filePath: display(redirectsPath),
    line,
  }));
  const placement: Placement = {
    sections: placed(sectionFiles),
    authors: placed(authorFiles),
    standingPages: placed(standingPageFiles),
    timeZone: site.timezone,
  };
  const addresses = siteAddresses(articles, redirects, removed.entries, placement, projectRoot);
  const diagnostics = [
    ...articleProblems,
    ...authorProblems,
    ...sectionProblems,
    ...standingPages.diagnostics,
    ...removed.diagnostics,
    ...redirectList.diagnostics,
    ...checkSectionIds(placement.sections),
    ...checkStandingPages(standingPages.pages, placement),
    ...checkSlugsAndRelatedPins(articles),
    ...checkHeadlines(articles),
    ...checkFrontFile(contentDir, articles, articleFiles, addresses),
    ...checkLiveCoverage(
      articles,
      placement.authors.map((author) => author.id),
    ),
    ...checkAddressConflicts(articles, redirects, removed.entries, placement, display(removedPath)),
    ...[...sources, ...standingPages.sources].flatMap((file) => checkBody(file, addresses)),
  ];
  return {
    diagnostics,
    files:
      articleFiles.length +
      authorFiles.length +
      sectionFiles.length +
      standingPageFiles.length +
      (existsSync(removedPath) ? 1 : 0) +
      (existsSync(redirectsPath) ? 1 : 0) +
      (existsSync(join(contentDir, FRONT_FILE)) ? 1 : 0),
  };
}
