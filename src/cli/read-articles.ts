/**
 * The articles of a content folder, validated by the build's own schema, for tools that work on
 * articles rather than check them (npm run related). A file the schema refuses stops the tool with
 * the problem; `npm run check` lists every problem of every file.
 */
import { join } from 'node:path';
import { bodyTermsOf } from '../lib/related/text-terms.ts';
import { articleAddress, type ArticleAddress } from '../lib/urls/permalink.ts';
import type { ArticleData } from '../lib/content/story.ts';
import { site } from '../site.config.ts';
import { articleId, displayPath, markdownFiles, readContentFile } from './content-files.ts';
import { loadSchemas } from './load-schema.ts';

export interface ArticleFile extends ArticleAddress {
  id: string;
  filePath: string;
  /** The body's terms and their counts, as the build keeps them (bodyTermsOf). */
  bodyTerms: string;
  data: ArticleData;
}

export async function readArticles(contentDir: string): Promise<ArticleFile[]> {
  const schemas = await loadSchemas(contentDir);
  const articlesDir = join(contentDir, 'articles');
  return Promise.all(
    markdownFiles(articlesDir, true).map(async (path): Promise<ArticleFile> => {
      const filePath = displayPath(path);
      const read = readContentFile(path);
      if ('problem' in read)
        throw new Error(`${filePath}:${read.problem.line}:${read.problem.column}: ${read.problem.message}`);
      const parsed = await schemas.article(path).safeParseAsync(read.data);
      if (!parsed.success) {
        const [issue] = parsed.error.issues;
        throw new Error(
          `${filePath}: ${issue?.path.join('.') || 'frontmatter'}: ${issue?.message}; npm run check lists every problem`,
        );
      }
      const id = articleId(articlesDir, path);
      const data = parsed.data as ArticleData;
      return {
        id,
        ...articleAddress(id, data, site.timezone),
        filePath,
        bodyTerms: bodyTermsOf(read.source.body),
        data,
      };
    }),
  );
}
