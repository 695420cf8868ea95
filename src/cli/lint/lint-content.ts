/**
 * The content check behind `npm run check`: every article, author and section file and
 * content/removed.yaml against the one schema, then what only the whole newsroom shows (duplicate
 * slugs, aliases that collide, links that lead nowhere), each problem at the line that causes it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { closest } from '../../lib/content/closest.ts';
import { bodyReferences, sitePathOf } from './body-references.ts';
import { judgeSiteLink, longHeadlineMessage, type SiteAddresses } from './content-lint.ts';
import type { ContentSource } from '../../lib/content/frontmatter-source.ts';
import { duplicateSlugs, reservedSections, unknownRelatedPins } from '../../lib/content/integrity.ts';
import type { Diagnostic, Severity } from './lint-report.ts';
import { articlePath, articleSlug, RESERVED_SECTION_IDS } from '../../lib/urls/permalink.ts';
import { addressConflicts, livePages, redirectsOf, type RemovedUrl } from '../../lib/urls/redirects.ts';
import { parseRemovedList } from '../../lib/content/removed-list.ts';
import { locateYamlPath } from './yaml-locate.ts';
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

export interface LintResult {
  diagnostics: Diagnostic[];
  files: number;
}

/** `image.alt`, `byline[1]`. */
function fieldLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>((label, segment) => (typeof segment === 'number' ? `${label}[${segment}]` : label ? `${label}.${String(segment)}` : String(segment)), '');
}

/** A schema issue in words, an unknown key with the nearest known one. */
function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { path: PropertyKey[]; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    const known = fieldNamesAt(schema, issue.path);
    return issue.keys.map((key) => {
      const [guess] = closest(key, known, 1);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return { path: [...issue.path, key], message: `unknown field "${fieldLabel([...issue.path, key])}"${hint} Known fields: ${known.join(', ')}.` };
    });
  }
  const field = fieldLabel(issue.path);
  return [{ path: issue.path, message: field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message }];
}

/** Where a field is written, or the opening fence when it is missing. */
function positionOf(source: ContentSource, path: readonly PropertyKey[]): Position {
  const found = locateYamlPath(source.yaml, path);
  return found ? { line: source.yamlLine + found.line - 1, column: found.column } : { line: source.yamlLine, column: 1 };
}

/** Whether a path is served by the project itself rather than the content: a public/ file or a route such as /search/ or /feed.xml. */
function projectPaths(projectRoot: string): (path: string) => boolean {
  const pagesDir = join(projectRoot, 'src/pages');
  const routes = existsSync(pagesDir) ? readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }) : [];
  const patterns = routes.flatMap((route) => {
    const kind = /\.(astro|md)$/.test(route) ? 'page' : /\.(ts|js)$/.test(route) ? 'endpoint' : undefined;
    const path = `/${route.replace(/\.(astro|md|ts|js)$/, '').replace(/(^|\/)index$/, '$1')}`;
    // A dynamic page route (`[section]/[...page]`) matches anything; the content knows its real pages.
    if (!kind || (kind === 'page' && path.includes('['))) return [];
    const url = kind === 'page' && !path.endsWith('/') ? `${path}/` : path;
    const pattern = url
      .split('/')
      .map((segment) => (segment.startsWith('[...') ? '.*' : segment.startsWith('[') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return [new RegExp(`^${pattern}$`)];
  });
  const publicDir = join(projectRoot, 'public');
  return (path) => {
    const file = join(publicDir, path);
    return (file.startsWith(publicDir) && existsSync(file) && statSync(file).isFile()) || patterns.some((pattern) => pattern.test(path));
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

type Report = (file: string, position: Position, severity: Severity, message: string) => void;

/** A readable article file: its body is checked even when its frontmatter is not valid, so one round of fixes shows every problem. */
interface ArticleSource {
  path: string;
  filePath: string;
  source: ContentSource;
  draft: boolean;
}

/** Links to pages that do not exist and images that are not there, in one article body. */
function checkBody(article: ArticleSource, addresses: SiteAddresses, report: Report): void {
  for (const reference of bodyReferences(article.source.body)) {
    const position = { line: article.source.bodyLine + reference.line - 1, column: reference.column };
    if (reference.kind === 'image' && isRelativeFile(reference.target)) {
      const file = resolve(dirname(article.path), safeDecodeUri(reference.target.split(/[?#]/)[0]!));
      if (!existsSync(file)) report(article.filePath, position, 'error', `image "${reference.target}" does not exist: there is no file ${file} (paths are relative to the Markdown file)`);
      continue;
    }
    const path = sitePathOf(reference.target, site.url);
    const verdict = path === undefined ? undefined : judgeSiteLink(path, addresses, article.draft);
    if (verdict) report(article.filePath, position, verdict.severity, verdict.message);
  }
}

/** The valid entries of content/removed.yaml, each with its line; the invalid ones are reported. */
function checkRemovedList(path: string, schema: ContentSchemas['removed'], report: Report): (RemovedUrl & { line: number })[] {
  if (!existsSync(path)) return [];
  const file = display(path);
  const read = readContentText(path);
  const parsed = 'problem' in read ? read : parseRemovedList(read.text);
  if ('problem' in parsed) {
    report(file, parsed.problem, 'error', parsed.problem.message);
    return [];
  }
  return parsed.items.flatMap((item) => {
    const result = schema.safeParse(item.data);
    if (result.success) return [{ ...result.data, line: item.line }];
    for (const issue of result.error.issues) {
      for (const { message } of describeIssue(issue, schema)) report(file, { line: item.line, column: 3 }, 'error', message);
    }
    return [];
  });
}

function readContentText(path: string): { text: string } | { problem: Position & { message: string } } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { problem: { line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` } };
  }
}

export async function lintContent(contentDir: string, projectRoot: string): Promise<LintResult> {
  const schemas = await loadSchemas(contentDir);
  const diagnostics: Diagnostic[] = [];
  const report: Report = (file, position, severity, message) => diagnostics.push({ file, line: position.line, column: position.column, severity, message });
  const articlesDir = join(contentDir, 'articles');
  const articleFiles = markdownFiles(articlesDir, true);
  const authorFiles = markdownFiles(join(contentDir, 'authors'), false);
  const sectionFiles = markdownFiles(join(contentDir, 'sections'), false);
  const removedPath = join(contentDir, 'removed.yaml');

  /** Reads and validates one file, reporting its problems: `data` only when it is valid, `source` whenever it is readable. */
  async function validate<S extends z.ZodType>(path: string, schema: S): Promise<{ source?: ContentSource; draft: boolean; data?: z.output<S> }> {
    const read = readContentFile(path);
    if ('problem' in read) {
      report(display(path), read.problem, 'error', read.problem.message);
      return { draft: false };
    }
    const draft = read.data.draft === true;
    const result = await schema.safeParseAsync(read.data).catch((error: Error) => {
      report(display(path), { line: read.source.yamlLine, column: 1 }, 'error', `the frontmatter could not be checked: ${error.message}`);
      return undefined;
    });
    if (result?.success) return { source: read.source, draft, data: result.data };
    for (const issue of result?.error.issues ?? []) {
      for (const { path: field, message } of describeIssue(issue, schema)) report(display(path), positionOf(read.source, field), 'error', message);
    }
    return { source: read.source, draft };
  }

  const sources: ArticleSource[] = [];
  const articles: CheckedArticle[] = [];
  for (const path of articleFiles) {
    const { source, draft, data } = await validate(path, schemas.article(path));
    if (source) sources.push({ path, filePath: display(path), source, draft });
    if (!source || !data) continue;
    const slug = articleSlug(articleId(articlesDir, path), data.slug);
    const url = articlePath({ section: data.section, slug, publishedAt: data.publishedAt }, site.timezone);
    articles.push({ path, filePath: display(path), source, slug, url, data });
  }
  for (const path of authorFiles) await validate(path, schemas.author(path));
  for (const path of sectionFiles) await validate(path, schemas.section);
  const removed = checkRemovedList(removedPath, schemas.removed, report);

  const sections = sectionFiles.map((path) => ({ id: basename(path, '.md'), filePath: display(path) }));
  for (const problem of reservedSections(sections, RESERVED_SECTION_IDS)) report(problem.file, { line: 1, column: 1 }, 'error', problem.message);

  const byFile = new Map(articles.map((article) => [article.filePath, article]));
  for (const problem of [...duplicateSlugs(articles), ...unknownRelatedPins(articles)]) {
    const article = byFile.get(problem.file)!;
    report(article.filePath, positionOf(article.source, [problem.field]), 'error', problem.message);
  }
  for (const article of articles) {
    const tooLong = longHeadlineMessage(article.data.headline);
    if (tooLong) report(article.filePath, positionOf(article.source, ['headline']), 'warning', tooLong);
  }

  const authors = authorFiles.map((path) => ({ id: basename(path, '.md'), filePath: display(path) }));
  const placement = { sections, authors, timeZone: site.timezone };
  // Collisions count every article, drafts included: a draft's alias collides the day it is published.
  const removedLines = new Map<string, number[]>();
  for (const entry of removed) removedLines.set(entry.url, [...(removedLines.get(entry.url) ?? []), entry.line]);
  for (const problem of addressConflicts(redirectsOf(articles), removed, livePages({ ...placement, stories: articles }), display(removedPath))) {
    const article = byFile.get(problem.file);
    if (article) report(article.filePath, positionOf(article.source, ['aliases', (article.data.aliases ?? []).indexOf(problem.address)]), 'error', problem.message);
    else report(display(removedPath), { line: removedLines.get(problem.address)?.pop() ?? 1, column: 3 }, 'error', problem.message);
  }

  const published = articles.filter((article) => !article.data.draft);
  const addresses: SiteAddresses = {
    pages: livePages({ ...placement, stories: published }),
    drafts: new Map(articles.filter((article) => article.data.draft).map((article) => [article.url, article.filePath])),
    redirects: new Map(redirectsOf(published).map((redirect) => [redirect.from, redirect.to])),
    removed: new Set(removed.map((entry) => entry.url)),
    isProjectPath: projectPaths(projectRoot),
  };
  for (const article of sources) checkBody(article, addresses, report);

  return { diagnostics, files: articleFiles.length + authorFiles.length + sectionFiles.length + (existsSync(removedPath) ? 1 : 0) };
}
