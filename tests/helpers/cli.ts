/** Runs an editor tool the way `npm run new|check|check:urls|related|next-change` does: the project's Node 24, from the project root. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { projectRoot } from './site.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  tool: 'new-article' | 'check-content' | 'check-urls' | 'related' | 'next-change' | 'import-wordpress',
  args: readonly string[],
  env: Record<string, string> = {},
): CliResult {
  const result = spawnSync(
    join(projectRoot, 'node_modules/.bin/node'),
    [join(projectRoot, 'src/cli', `${tool}.ts`), ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    },
  );
  return {
    status: result.status,
    stdout: stripVTControlCharacters(result.stdout),
    stderr: stripVTControlCharacters(result.stderr),
  };
}
