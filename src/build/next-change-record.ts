/**
 * Where a production build keeps its record of when its site next changes (src/lib/content/change-record.ts):
 * beside its other caches, never in the site, whose readers must not learn when an embargo lifts. The pages'
 * bundle writes what it saw as pending; `npm run build` makes it the record only once the site is in place.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChangeRecord } from '../lib/content/change-record.ts';
import type { NextChange } from '../lib/content/next-change.ts';
import { datelineCacheDir } from './build-cache.ts';

/** The record of the last production build of `contentDir`'s site: what `npm run next-change` reads. */
export const nextChangeRecordPath = (contentDir?: string) => join(datelineCacheDir(contentDir), 'next-change.json');

const pendingPath = (contentDir?: string) => join(datelineCacheDir(contentDir), 'next-change.pending.json');

/** The pages' bundle, once it knows every story: what this build's site will be until `next.at`. */
export function recordNextChange(next: NextChange, builtAt: Date, timeZone: string): void {
  const path = pendingPath();
  mkdirSync(dirname(path), { recursive: true });
  const pending = {
    builtAt: builtAt.toISOString(),
    timeZone,
    nextChange: { at: next.at.toISOString(), reasons: next.reasons },
  };
  writeFileSync(path, JSON.stringify(pending));
}

/** Before a build: what a build that failed left pending is not this one's. */
export function discardPendingRecord(contentDir: string): void {
  rmSync(pendingPath(contentDir), { force: true });
}

/**
 * Once the build's site is in place, its pending record becomes the record, with the commit it was built
 * from. A preview build leaves none, and its site is not published on a schedule: the record goes.
 */
export function publishRecord(contentDir: string): ChangeRecord | undefined {
  const pending = pendingPath(contentDir);
  const path = nextChangeRecordPath(contentDir);
  if (!existsSync(pending)) {
    rmSync(path, { force: true });
    return undefined;
  }
  const seen = JSON.parse(readFileSync(pending, 'utf8')) as Omit<ChangeRecord, 'commit'>;
  const record: ChangeRecord = {
    builtAt: seen.builtAt,
    commit: checkedOutCommit(),
    timeZone: seen.timeZone,
    nextChange: seen.nextChange,
  };
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
  rmSync(pending);
  return record;
}

function checkedOutCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
