/**
 * The record a production build leaves of when its site next changes (next-change.ts), and what a
 * scheduled deploy does with it. Only Node's own modules here and in what this imports: the scheduled
 * run reads it before installing any package, so that a run with nothing due stops in seconds.
 */

export interface ChangeRecord {
  /** The instant the build published at (ISO 8601). */
  builtAt: string;
  /** The commit checked out when the site was built, or null outside a Git checkout. */
  commit: string | null;
  /** The publication's time zone, for showing the times to editors. */
  timeZone: string;
  nextChange: { at: string; reasons: string[] };
}

export type ScheduledAction =
  /** Nothing has changed since the last deploy: stop. */
  | 'skip'
  /** The deployed, already tested commit is due to change: build and deploy it again, without the tests. */
  | 'build'
  /** Anything else: every check, then build and deploy. */
  | 'full';

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Reads a record, or throws one line naming `source` and the field that is wrong. */
export function parseChangeRecord(text: string, source: string): ChangeRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON: it should be the next-change record npm run build writes.`);
  }
  const record = (value ?? {}) as Partial<Record<keyof ChangeRecord, unknown>>;
  const nextChange = (record.nextChange ?? {}) as Partial<Record<keyof ChangeRecord['nextChange'], unknown>>;
  const problem = !isInstant(record.builtAt)
    ? 'builtAt must be an ISO 8601 date-time'
    : !(record.commit === null || (typeof record.commit === 'string' && /^[0-9a-f]{7,64}$/.test(record.commit)))
      ? 'commit must be a Git commit id or null'
      : typeof record.timeZone !== 'string'
        ? 'timeZone must be a time zone name'
        : !isInstant(nextChange.at)
          ? 'nextChange.at must be an ISO 8601 date-time'
          : !Array.isArray(nextChange.reasons) || !nextChange.reasons.every((reason) => typeof reason === 'string')
            ? 'nextChange.reasons must be a list of texts'
            : undefined;
  if (problem) throw new Error(`${source}: ${problem}.`);
  return value as ChangeRecord;
}

/**
 * What a scheduled run at `now` of `commit` does, given the record of the last deploy (undefined when there
 * is none). A record is kept only once its site is deployed, and a deploy only follows every check of its
 * commit, so a record of the same commit vouches that the commit was tested.
 */
export function scheduledAction(
  record: ChangeRecord | undefined,
  commit: string,
  now: Date,
): { action: ScheduledAction; why: string } {
  if (!record) return { action: 'full', why: 'there is no record of a deploy of this commit' };
  if (record.commit !== commit) {
    return { action: 'full', why: `the last deploy was of ${record.commit ?? 'no commit'}, not of ${commit}` };
  }
  const due = new Date(record.nextChange.at);
  if (now.getTime() < due.getTime()) {
    return { action: 'skip', why: `nothing changes before ${record.nextChange.at}` };
  }
  return { action: 'build', why: `due since ${record.nextChange.at}: ${record.nextChange.reasons.join('; ')}` };
}
