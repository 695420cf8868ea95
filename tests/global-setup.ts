/**
 * Builds the bundled sample site once per test run, for the tests that check what readers get
 * (browser, accessibility, validity). The clock is pinned so every run publishes the same stories.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './helpers/site.ts';

export const SAMPLE_NOW = '2026-11-25T16:00:00Z';

export default function setup(project: TestProject): void {
  const outDir = join(projectRoot, '.tmp/sample-dist');
  const build = buildSite(join(projectRoot, 'content'), { now: SAMPLE_NOW, outDir });
  if (build.status !== 0) throw new Error(`The sample site does not build:\n${build.output}`);
  project.provide('sampleDist', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
  }
}
