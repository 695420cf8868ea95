/**
 * `npm run check:urls -- <previous urls.json path or URL> [--current dist/urls.json]`: fails, listing
 * them, when a URL an earlier build published is neither served nor redirected by the current build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '../env.ts';
import {
  baseChange,
  isNumberedPage,
  lostUrls,
  parseManifest,
  sitePathIn,
  type UrlManifest,
} from '../lib/urls/url-manifest.ts';

const USAGE = `Usage: npm run check:urls -- <previous urls.json: a path or an http(s) URL> [--current <urls.json of this build>]

Compares the URLs an earlier build published with this build's (default: $OUT_DIR/urls.json, i.e. dist/urls.json;
run npm run build first). Every URL published before must still be served, redirected by an "aliases:" entry
of the article that moved or by content/redirects.yaml, or listed in content/removed.yaml.`;

function fail(message: string, exitCode: 1 | 2): never {
  console.error(exitCode === 2 ? `${message}\n\n${USAGE}` : message);
  process.exit(exitCode);
}

async function load(source: string, role: string): Promise<UrlManifest> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source).catch((error: Error) =>
      fail(`Cannot fetch the ${role} manifest ${source}: ${error.message}`, 1),
    );
    if (!response.ok) fail(`Cannot fetch the ${role} manifest ${source}: HTTP ${response.status}`, 1);
    text = await response.text();
  } else {
    if (!existsSync(source))
      fail(`There is no ${role} manifest at ${source}${role === 'current' ? ': run npm run build first' : ''}.`, 1);
    text = readFileSync(source, 'utf8');
  }
  try {
    const manifest = parseManifest(text, source);
    if (manifest.preview)
      fail(`${source} comes from a preview build (PREVIEW=1), which shows drafts: compare production builds only.`, 1);
    return manifest;
  } catch (error) {
    return fail((error as Error).message, 1);
  }
}

let parsed;
try {
  parsed = parseArgs({
    options: { current: { type: 'string' }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail((error as Error).message, 2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (parsed.positionals.length !== 1) fail('Give exactly one previous manifest.', 2);

const previousSource = parsed.positionals[0]!;
const currentSource = parsed.values.current ?? join(env.outDir, 'urls.json');
const previous = await load(previousSource, 'previous');
const current = await load(currentSource, 'current');
const lost = lostUrls(previous, current);
const moved = baseChange(previous, current);
if (moved) {
  console.log(
    `note: ${previousSource} is of a site served under ${moved.from}, ${currentSource} of one served under ${moved.to} (SITE_URL's path): every URL moved with the base, so each is listed below.`,
  );
}
const [listingPages, stories] = [
  lost.filter((entry) => isNumberedPage(entry.url)),
  lost.filter((entry) => !isNumberedPage(entry.url)),
];

for (const entry of listingPages) {
  console.log(
    `warning: ${entry.url} (a numbered listing page) is gone; listings shrink when stories are removed, so this is allowed`,
  );
}
for (const entry of stories) {
  const hint =
    entry.movedTo.length > 0
      ? ` Did it move to ${entry.movedTo.join(' or ')}? Add "aliases: [${sitePathIn(current, entry.url)}]" to that article.`
      : '';
  console.log(
    `error: ${entry.url} (${entry.kind}) was published by the previous build and is now neither served nor redirected.${hint}`,
  );
}
if (stories.length > 0) {
  console.log(
    `\n${stories.length} published URL${stories.length === 1 ? '' : 's'} lost. Keep each one: add it to the "aliases:" of the article that replaced it (or, for a page that is no article's, to content/redirects.yaml with the page that answers it now), or, to take it down on purpose, to content/removed.yaml with a reason.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `All ${previous.urls.length} URLs of ${previousSource} are still served or redirected by ${currentSource}.`,
  );
}
