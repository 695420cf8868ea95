/**
 * The code an article's rendered HTML depends on. Astro keeps a rendered article until the article
 * changes and cannot see a change to our Markdown pipeline, so its code keys the content cache. The
 * pipeline is every module under src/markdown and whatever they import at run time, followed through
 * the import graph rather than listed by hand (a list would go stale); `import type` is skipped, since
 * it leaves no code behind, so a share-link helper the site settings only name a type from is not part
 * of it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The project files `entry` (a folder of modules, or one module) runs, relative to `root`, sorted. */
export function pipelineFiles(root: string, entry = 'src/markdown'): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      const target = resolve(dirname(file), specifier!);
      if (existsSync(target)) visit(target);
    }
  };
  const start = resolve(root, entry);
  if (statSync(start).isDirectory()) {
    for (const file of readdirSync(start, { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.ts')) visit(join(start, file));
  } else visit(start);
  return [...seen].map((file) => relative(root, file)).sort();
}

/** A short digest of the code `entry` runs (see pipelineFiles) and `salt`. */
export function codeKey(root: string, salt: string, entry?: string): string {
  return pipelineFiles(root, entry)
    .reduce((hash, file) => hash.update(file).update(readFileSync(join(root, file))), createHash('sha256').update(salt))
    .digest('hex')
    .slice(0, 12);
}

/** A short digest of the Markdown pipeline's code and `salt` (the content folder, so fixtures never share a cache). */
export const pipelineCodeKey = (root: string, salt: string): string => codeKey(root, salt);
