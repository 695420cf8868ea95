/**
 * `npm run next-change`: what editors read about the last build, and the decision the deploy workflow's
 * first job takes on it before any package is installed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../src/lib/content/change-record.ts';
import { runCli } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/site.ts';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const record: ChangeRecord = {
  builtAt: '2026-11-25T12:00:00.000Z',
  commit: COMMIT,
  timeZone: 'America/New_York',
  nextChange: { at: '2026-11-25T13:15:00.000Z', reasons: ['articles/soon.md is published (embargo lifts)'] },
};

function recordFile(contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dateline-next-change-')), 'next-change.json');
  writeFileSync(path, contents);
  return path;
}

const at = (now: string) => ({ DATELINE_NOW: now });

describe('npm run next-change', () => {
  const path = recordFile(JSON.stringify(record));

  it('says when the site next changes, in the publication’s time, and why', () => {
    const result = runCli('next-change', ['--record', path], at('2026-11-25T12:00:00Z'));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'The site built at 2026-11-25T07:00:00-05:00 from 0123456789ab',
        'next changes at 2026-11-25T08:15:00-05:00 (in 1 h 15 min):',
        '  - articles/soon.md is published (embargo lifts)',
        '',
      ].join('\n'),
    );
  });

  it('says when a change is already due', () => {
    expect(runCli('next-change', ['--record', path], at('2026-11-25T14:00:00Z')).stdout).toMatch(
      /\(due now: the next deploy rebuilds the site\)/,
    );
  });

  it('prints the record itself with --json', () => {
    const result = runCli('next-change', ['--record', path, '--json']);
    expect(JSON.parse(result.stdout)).toEqual(record);
  });

  it('names the file when there is no record or a broken one', () => {
    const missing = runCli('next-change', ['--record', join(tmpdir(), 'no-such-record.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/There is no record at .*no-such-record\.json: run npm run build first/);
    const broken = runCli('next-change', ['--record', recordFile('{"builtAt": 3}')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/next-change\.json: builtAt must be an ISO 8601 date-time\./);
  });

  it('rejects arguments it does not know, with its usage', () => {
    const result = runCli('next-change', ['--scheduled']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--scheduled and --commit <id> go together[\s\S]*Usage: npm run next-change/);
    expect(runCli('next-change', ['--soon']).status).toBe(2);
  });
});

describe('npm run next-change -- --scheduled', () => {
  const path = recordFile(JSON.stringify(record));
  const scheduled = (now: string, commit = COMMIT, recordPath = path) => {
    const output = join(mkdtempSync(join(tmpdir(), 'dateline-gh-output-')), 'output');
    writeFileSync(output, '');
    const result = runCli(
      'next-change',
      ['--scheduled', '--commit', commit, '--record', recordPath, '--github-output'],
      { ...at(now), GITHUB_OUTPUT: output },
    );
    return { ...result, output: readFileSync(output, 'utf8') };
  };

  it('skips a run with nothing due since the last deploy', () => {
    const result = scheduled('2026-11-25T13:00:00Z');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('skip: nothing changes before 2026-11-25T13:15:00.000Z\n');
    expect(result.output).toBe('action=skip\n');
  });

  it('rebuilds, without the tests, once something is due', () => {
    expect(scheduled('2026-11-25T13:15:00Z').output).toBe('action=build\n');
  });

  it('runs everything for a commit that has no record, or when no record was kept', () => {
    expect(scheduled('2026-11-25T13:00:00Z', 'fedcba9876543210fedcba9876543210fedcba98').output).toBe('action=full\n');
    expect(scheduled('2026-11-25T13:00:00Z', COMMIT, join(tmpdir(), 'not-restored.json')).output).toBe('action=full\n');
  });

  it('runs everything, saying why, when the kept record is damaged', () => {
    const result = scheduled('2026-11-25T13:00:00Z', COMMIT, recordFile('{"builtAt": "soon"}'));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /next-change\.json: builtAt must be an ISO 8601 date-time\. It is read as no record\./,
    );
    expect(result.output).toBe('action=full\n');
  });

  it('runs with Node alone, before any package is installed', () => {
    const bare = mkdtempSync(join(tmpdir(), 'dateline-bare-'));
    // What the workflow's sparse checkout holds: src/ and the files at the top.
    cpSync(join(projectRoot, 'src'), join(bare, 'src'), { recursive: true });
    cpSync(join(projectRoot, 'package.json'), join(bare, 'package.json'));
    const result = spawnSync(
      join(projectRoot, 'node_modules/.bin/node'),
      ['src/cli/next-change.ts', '--scheduled', '--commit', COMMIT, '--record', path],
      { cwd: bare, encoding: 'utf8', env: { ...process.env, ...at('2026-11-25T13:00:00Z') } },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('skip: nothing changes before 2026-11-25T13:15:00.000Z\n');
  });
});
