/**
 * Gate: every built page is valid HTML according to the W3C Nu checker (vnu-jar, run with the machine's Java).
 * One JVM start checks the whole site.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { htmlFiles } from './site-files.ts';

export interface HtmlError {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

export function validateHtml(dist: string): HtmlError[] {
  const files = htmlFiles(dist);
  const result = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `Could not run the Nu HTML checker (is Java installed? apt-get install -y default-jre-headless): ${result.error.message}`,
    );
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({
      file: message.url ? relative(dist, new URL(message.url).pathname) : '(checker)',
      line: message.lastLine,
      message: message.message,
      extract: message.extract,
    }));
}
