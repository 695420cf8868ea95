/**
 * `npm run check [-- --format json|github]`: lints all content without building the site.
 * Prints `file:line:col: error|warning: message` lines and a count; exits 1 when there is any error.
 * `--format github` prints the problems as GitHub Actions annotations, so a pull request shows them on its diff.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { env } from '../env.ts';
import {
  formatDiagnostic,
  githubAnnotation,
  jsonReport,
  sortDiagnostics,
  summarize,
  summaryLine,
} from './lint/lint-report.ts';
import { lintContent } from './lint/lint-content.ts';

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

const USAGE = `Usage: npm run check [-- --format text|json|github]

Checks every file in the content folder (CONTENT_DIR, default content/) against the schema
and the rest of the site, without building it. Exits 1 when there is an error.
--format github prints GitHub Actions annotations (::error file=…,line=…,col=…::…) instead of lines.`;

function options(): { format: Format } {
  try {
    const { values } = parseArgs({
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!isFormat(values.format)) throw new Error(`--format must be text, json or github, got "${values.format}"`);
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
  const line = format === 'github' ? githubAnnotation : formatDiagnostic;
  for (const diagnostic of sortDiagnostics(diagnostics)) console.log(line(diagnostic));
  console.log(
    `${diagnostics.length > 0 ? '\n' : ''}${summaryLine(summary)} (${Math.round(performance.now() - started)} ms)`,
  );
}
process.exitCode = summary.errors > 0 ? 1 : 0;
