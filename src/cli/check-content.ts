/**
 * `npm run check [-- --format json]`: lints all content without building the site.
 * Prints `file:line:col: error|warning: message` lines and a count; exits 1 when there is any error.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { env } from '../env.ts';
import { formatDiagnostic, jsonReport, sortDiagnostics, summarize, summaryLine } from './lint/lint-report.ts';
import { lintContent } from './lint/lint-content.ts';

const USAGE = `Usage: npm run check [-- --format text|json]

Checks every file in the content folder (CONTENT_DIR, default content/) against the schema
and the rest of the site, without building it. Exits 1 when there is an error.`;

function options(): { format: 'text' | 'json' } {
  try {
    const { values } = parseArgs({
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.format !== 'text' && values.format !== 'json')
      throw new Error(`--format must be text or json, got "${values.format}"`);
    return { format: values.format };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { format } = options();
const started = performance.now();
const { diagnostics, files } = await lintContent(
  env.contentDir,
  fileURLToPath(new URL('../..', import.meta.url)),
).catch((error: Error) => {
  // Only a content folder that cannot be checked at all gets here (no articles/ folder): broken files are reported as problems.
  console.error(error.message);
  process.exit(1);
});
const summary = summarize(diagnostics, files);
if (format === 'json') {
  console.log(jsonReport(diagnostics, files));
} else {
  for (const diagnostic of sortDiagnostics(diagnostics)) console.log(formatDiagnostic(diagnostic));
  console.log(
    `${diagnostics.length > 0 ? '\n' : ''}${summaryLine(summary)} (${Math.round(performance.now() - started)} ms)`,
  );
}
process.exitCode = summary.errors > 0 ? 1 : 0;
