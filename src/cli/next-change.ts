/**
 * `npm run next-change`: when the site the last production build wrote next changes without a commit, and
 * why. With `--scheduled`, what a scheduled deploy of a commit does now. Imports Node's own modules only:
 * the deploy workflow runs it before installing any package.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { env } from '../env.ts';
import { nextChangeRecordPath } from '../build/next-change-record.ts';
import { parseChangeRecord, scheduledAction, type ChangeRecord } from '../lib/content/change-record.ts';
import { zonedIsoString } from '../lib/content/dates.ts';

const USAGE = `Usage: npm run next-change [-- --json] [-- --record <file>]
       npm run next-change -- --scheduled --commit <id> [--record <file>] [--github-output]

Says when the site the last npm run build wrote next changes with no commit (an embargo lifts, a story
leaves the Google News sitemap, the day changes) and why. --json prints the record itself; --record reads
that file instead of the last build's record.

--scheduled says what a scheduled deploy of commit <id> does now, given the record of the last deploy:
skip (nothing is due), build (the deployed commit is due to change: rebuild without re-testing it) or full
(no record of this commit: every check, then build). --github-output also writes action=<that> to the file
$GITHUB_OUTPUT names. A missing or damaged record file means full, not an error.`;

function fail(message: string, exitCode: 1 | 2): never {
  console.error(exitCode === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(exitCode);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      record: { type: 'string' },
      scheduled: { type: 'boolean', default: false },
      commit: { type: 'string' },
      'github-output': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
} catch (error) {
  fail((error as Error).message, 2);
}
const options = parsed.values;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (options.scheduled !== (options.commit !== undefined)) fail('--scheduled and --commit <id> go together.', 2);
if (options['github-output'] && !options.scheduled) fail('--github-output goes with --scheduled.', 2);

const source = options.record ?? nextChangeRecordPath(env.contentDir);

function readRecord(): ChangeRecord | undefined {
  if (!existsSync(source)) return undefined;
  try {
    return parseChangeRecord(readFileSync(source, 'utf8'), source);
  } catch (error) {
    // A scheduled run must not stall on a damaged record: without one it runs everything.
    if (!options.scheduled) fail((error as Error).message, 1);
    console.error(`${(error as Error).message} It is read as no record.`);
    return undefined;
  }
}

const record = readRecord();
const now = env.now;

if (options.scheduled) {
  const { action, why } = scheduledAction(record, options.commit!, now);
  console.log(`${action}: ${why}`);
  if (options['github-output']) {
    const output = process.env.GITHUB_OUTPUT;
    if (!output) fail('--github-output needs GITHUB_OUTPUT, the file GitHub Actions gives a step for its outputs.', 1);
    appendFileSync(output, `action=${action}\n`);
  }
} else if (!record) {
  fail(`There is no record at ${source}: run npm run build first (a preview build leaves none).`, 1);
} else if (options.json) {
  console.log(JSON.stringify(record, null, 2));
} else {
  const at = new Date(record.nextChange.at);
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const when =
    minutes <= 0
      ? 'due now: the next deploy rebuilds the site'
      : `in ${minutes >= 60 ? `${Math.floor(minutes / 60)} h ` : ''}${minutes % 60} min`;
  console.log(
    [
      `The site built at ${zonedIsoString(new Date(record.builtAt), record.timeZone)}${record.commit ? ` from ${record.commit.slice(0, 12)}` : ''}`,
      `next changes at ${zonedIsoString(at, record.timeZone)} (${when}):`,
      ...record.nextChange.reasons.map((reason) => `  - ${reason}`),
    ].join('\n'),
  );
}
