/**
 * Reads content files for the editor tools exactly as the build reads them: the same frontmatter
 * split, the same YAML reading (readFrontmatterYaml), and problems in words with a line instead of a throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import yaml from 'js-yaml';
import {
  decodeContentFile,
  splitContentFile,
  type ContentSource,
  type SourceProblem,
} from '../lib/content/frontmatter-source.ts';
import { readFrontmatterYaml } from '../lib/content/frontmatter-yaml.ts';

export interface ReadContent {
  source: ContentSource;
  /** The frontmatter fields, not yet validated. */
  data: Record<string, unknown>;
}

const isYamlError = (error: unknown): error is yaml.YAMLException => error instanceof yaml.YAMLException;

export function readContentFile(path: string): ReadContent | { problem: SourceProblem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: { line: 1, column: 1, message: `cannot read the file: ${(error as Error).message}` } };
  }
  const decoded = decodeContentFile(bytes);
  if ('problem' in decoded) return decoded;
  const source = splitContentFile(decoded.text);
  if ('problem' in source) return source;
  let data: unknown;
  try {
    data = readFrontmatterYaml(source.yaml);
  } catch (error) {
    if (isYamlError(error))
      return {
        problem: {
          line: source.yamlLine + error.mark.line,
          column: error.mark.column + 1,
          message: `invalid YAML in the frontmatter: ${error.reason}`,
        },
      };
    return {
      problem: {
        line: source.yamlLine,
        column: 1,
        message: `the frontmatter cannot be read: ${(error as Error).message}`,
      },
    };
  }
  if (data === null || data === undefined) return { source, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      problem: {
        line: source.yamlLine + 1,
        column: 1,
        message: `the frontmatter must be fields such as "headline: …", one a line; found ${Array.isArray(data) ? 'a list' : `the value ${JSON.stringify(data)}`}`,
      },
    };
  }
  return { source, data: data as Record<string, unknown> };
}

/** The Markdown files of a collection folder, as the build's glob patterns find them (articles may nest). */
export function markdownFiles(dir: string, nested: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: nested, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

/** A path as an editor would type it: relative to where the tool runs, or absolute when it lies elsewhere. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}

/** An article's id as the build's glob loader makes it: its path under articles/ without `.md` (so its file-name slug is the last part). */
export function articleId(articlesDir: string, path: string): string {
  return relative(articlesDir, path).replace(/\.md$/, '').split('\\').join('/');
}
