/**
 * The code an article's rendered HTML depends on. Astro keeps a rendered article until the article
 * changes and cannot see a change to our Markdown pipeline, so its code keys the content cache. The
 * pipeline is every module under src/markdown and whatever they import at run time, followed through
 * the import graph rather than listed by hand (a list would go stale); `import type` is skipped, since
 * it leaves no code behind, so a share-link helper the site settings only name a type from is not part
 * of it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The project files the Markdown pipeline runs, relative to `root`, sorted. */
export function pipelineFiles(root: string, entryDir = 'src/markdown'): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      const target = resolve(dirname(file), specifier!);
      if (existsSync(target)) visit(target);
    }
  };
  const entries = readdirSync(resolve(root, entryDir), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  for (const entry of entries) visit(resolve(root, entryDir, entry));
  return [...seen].map((file) => relative(root, file)).sort();
}

/** A short digest of the pipeline's code and `salt` (the content folder, so fixtures never share a cache). */
export function pipelineCodeKey(root: string, salt: string): string {
  return pipelineFiles(root)
    .reduce((hash, file) => hash.update(file).update(readFileSync(join(root, file))), createHash('sha256').update(salt))
    .digest('hex')
    .slice(0, 12);
}
