import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineCodeKey, pipelineFiles } from '../../src/build/pipeline-code.ts';
import { projectRoot, scratchDir } from '../helpers/site.ts';

/** A copy of the project's src/ to edit. */
function projectCopy(): string {
  const root = scratchDir('pipeline-code');
  cpSync(join(projectRoot, 'src'), join(root, 'src'), { recursive: true });
  return root;
}

describe('the Markdown pipeline code that keys cached article renders', () => {
  it('is the passes under src/markdown and what they import at run time', () => {
    const files = pipelineFiles(projectRoot);
    expect(files).toContain('src/markdown/article-pipeline.ts');
    expect(files).toContain('src/markdown/remark-typography.ts');
    expect(files).toContain('src/site.config.ts');
    // Of src/lib, only what the body's facts are read with (reading time, terms, live updates and their times).
    expect(files.filter((file) => file.startsWith('src/lib/'))).toEqual([
      'src/lib/content/dates.ts',
      'src/lib/content/live-updates.ts',
      'src/lib/content/reading-time.ts',
      'src/lib/related/text-terms.ts',
    ]);
  });

  it('keeps cached article renders when share links change', () => {
    const root = projectCopy();
    const before = pipelineCodeKey(root, 'content');
    appendFileSync(join(root, 'src/lib/social/share.ts'), '\nexport const unrelated = 1;\n');
    expect(pipelineCodeKey(root, 'content')).toBe(before);
  });

  it('drops cached article renders when a Markdown pass changes', () => {
    const root = projectCopy();
    const before = pipelineCodeKey(root, 'content');
    appendFileSync(join(root, 'src/markdown/typography.ts'), '\n// a changed pass\n');
    expect(pipelineCodeKey(root, 'content')).not.toBe(before);
  });

  it('drops cached article renders when the way their facts are read changes', () => {
    const root = projectCopy();
    const before = pipelineCodeKey(root, 'content');
    appendFileSync(join(root, 'src/lib/related/text-terms.ts'), '\n// a changed tokenizer\n');
    expect(pipelineCodeKey(root, 'content')).not.toBe(before);
  });

  it('gives every content folder a cache of its own', () => {
    expect(pipelineCodeKey(projectRoot, 'content')).not.toBe(pipelineCodeKey(projectRoot, 'tests/fixture'));
  });
});
