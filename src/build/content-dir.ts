import { resolve } from 'node:path';

/** The content folder the build reads: `content/` unless CONTENT_DIR points elsewhere (tests, benchmarks). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR || 'content');
}
