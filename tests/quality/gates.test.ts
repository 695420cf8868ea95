/**
 * The gates themselves: each must catch what it exists for, or a green CI would mean nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAccessibility } from '../gates/accessibility.ts';
import { validateHtml } from '../gates/html-validity.ts';
import { findBrokenLinks } from '../gates/links.ts';
import { foreignRequests } from '../gates/privacy.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { scratchDir } from '../helpers/site.ts';
import { serveStatic, type StaticSite } from '../helpers/static-server.ts';

const valid = (body: string, title = 'A page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

function writeSite(pages: Record<string, string>): string {
  const dist = scratchDir('gate');
  for (const [path, html] of Object.entries(pages)) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  return dist;
}

describe('the link gate', () => {
  it('passes a site whose links, anchors and images all resolve', () => {
    const dist = writeSite({
      'index.html': valid('<a href="/a/">A</a> <a href="/a/#part">part</a> <img src="/logo.svg" alt="Logo">'),
      'a/index.html': valid('<h2 id="part">Part</h2>'),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(findBrokenLinks(dist, 'https://news.example')).toEqual([]);
  });

  it('catches a deliberately broken link, a missing anchor and a missing image', () => {
    const dist = writeSite({
      'index.html': valid(
        '<a href="/gone/">Gone</a> <a href="/a/#nowhere">x</a> <img src="/missing.png" alt="x"> <a href="https://news.example/also-gone/">abs</a>',
      ),
      'a/index.html': valid('<p>No ids here</p>'),
    });
    expect(findBrokenLinks(dist, 'https://news.example').map((link) => link.target)).toEqual([
      '/gone/',
      '/a/#nowhere',
      'https://news.example/also-gone/',
      '/missing.png',
    ]);
  });
});

describe('the link gate on a site served under a path', () => {
  const siteUrl = 'https://user.github.io/news';

  it('resolves links under the base to the built files', () => {
    const dist = writeSite({
      'index.html': valid('<a href="/news/a/">A</a> <a href="https://user.github.io/news/a/#part">part</a>'),
      'a/index.html': valid('<h2 id="part">Part</h2> <a href="../">Front</a> <img src="/news/logo.svg" alt="Logo">'),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(findBrokenLinks(dist, siteUrl)).toEqual([]);
  });

  it('catches a link that leaves out the base, even to a file the site has', () => {
    const dist = writeSite({
      'index.html': valid('<a href="/a/">A</a> <img src="/logo.svg" alt="Logo"> <a href="/news/gone/">Gone</a>'),
      'a/index.html': valid('<p>A</p>'),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(findBrokenLinks(dist, siteUrl).map(({ target, problem }) => `${target}: ${problem}`)).toEqual([
      '/a/: outside the site, which is served under /news/',
      '/news/gone/: no such file in the built site',
      '/logo.svg: outside the site, which is served under /news/',
    ]);
  });
});

describe('the HTML validity gate', () => {
  it('passes valid HTML and catches invalid HTML', () => {
    expect(validateHtml(writeSite({ 'index.html': valid('<p>Fine</p>') }))).toEqual([]);
    const errors = validateHtml(
      writeSite({
        'index.html': valid('<p><div>block in a paragraph</div></p><span id="x"></span><span id="x"></span>'),
      }),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.message).join('\n')).toMatch(/Duplicate ID|No “p” element in scope/);
  });
});

describe('the browser gates', () => {
  let browser: Browser;
  let site: StaticSite;
  let elsewhere: StaticSite;

  beforeAll(async () => {
    elsewhere = await serveStatic(writeSite({ 'pixel.png': '' }));
    site = await serveStatic(
      writeSite({
        'good/index.html': valid('<p>Readable text.</p>'),
        'bad/index.html': valid(
          '<img src="/x.png"><p style="color:#ccc;background:#fff">Faint text</p><a href="/a/"></a>',
        ),
        'tracker/index.html': valid(`<p>Hi</p><img src="${elsewhere.origin}/pixel.png" alt="">`),
      }),
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await elsewhere?.close();
  });

  it('the accessibility gate catches a missing alt text, low contrast and an empty link', async () => {
    expect(await auditAccessibility(browser, `${site.origin}/good/`, 'light')).toEqual([]);
    const rules = (await auditAccessibility(browser, `${site.origin}/bad/`, 'light')).map(
      (violation) => violation.rule,
    );
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'link-name']));
  });

  it('the privacy gate catches a request to another origin', async () => {
    expect(await foreignRequests(browser, `${site.origin}/good/`)).toEqual([]);
    expect(await foreignRequests(browser, `${site.origin}/tracker/`)).toEqual([`${elsewhere.origin}/pixel.png`]);
  });
});
