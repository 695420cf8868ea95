import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { projectRoot, scratchDir, writeContent } from '../helpers/site.ts';

function npmBuild(contentDir: string, outDir: string) {
  return spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: contentDir, OUT_DIR: outDir, DATELINE_NOW: BUILD_NOW },
  });
}

it('leaves the last good site untouched when a build fails, and replaces it whole when one succeeds', () => {
  const root = scratchDir('atomic');
  const outDir = join(root, 'site');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'last good site');

  const files = newsroomFixture();
  files.articles!['broken'] = { data: { headline: 'No byline', publishedAt: '2026-11-01T10:00:00Z', section: 'news' } };
  const failed = npmBuild(writeContent(join(root, 'broken-content'), files), outDir);
  expect(failed.status).not.toBe(0);
  expect(`${failed.stdout}${failed.stderr}`).toContain('was left as it was');
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good site');
  expect(readdirSync(root).filter((name) => name.startsWith('site.'))).toEqual([]);

  const succeeded = npmBuild(writeContent(join(root, 'good-content'), newsroomFixture()), outDir);
  expect(succeeded.status).toBe(0);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
  expect(existsSync(join(outDir, 'news/index.html'))).toBe(true);
  expect(readdirSync(root).filter((name) => name.startsWith('site.'))).toEqual([]);
});
