/** What a reader downloads: bytes of HTML, CSS and JavaScript an article page needs, gzipped as served. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { launchChromium } from '../tests/helpers/chromium.ts';

export interface PageWeight {
  htmlAndCssGzipKiB: number;
  javascriptGzipKiB: number;
}

const gzipKiB = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length / 1024;

export function pageWeight(dist: string, sitePath: string): PageWeight {
  const html = readFileSync(join(dist, sitePath, 'index.html'));
  const $ = cheerio.load(html);
  const local = (url: string | undefined): url is string => Boolean(url && url.startsWith('/'));
  const stylesheets = $('link[rel=stylesheet]')
    .map((_, link) => $(link).attr('href'))
    .get()
    .filter(local);
  const scripts = $('script[src]')
    .map((_, script) => $(script).attr('src'))
    .get()
    .filter(local);
  // Module scripts import others; count those the page's scripts import statically too.
  const moduleFiles = new Set<string>();
  const visit = (url: string): void => {
    if (moduleFiles.has(url)) return;
    moduleFiles.add(url);
    const source = readFileSync(join(dist, url), 'utf8');
    for (const match of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      visit(new URL(match[1]!, `https://x${url}`).pathname);
  };
  scripts.forEach(visit);
  const inlineScripts = $('script:not([src]):not([type="application/ld+json"])')
    .map((_, script) => $(script).html() ?? '')
    .get();
  return {
    htmlAndCssGzipKiB:
      gzipKiB(html) + stylesheets.reduce((sum, href) => sum + gzipKiB(readFileSync(join(dist, href))), 0),
    javascriptGzipKiB:
      [...moduleFiles].reduce((sum, url) => sum + gzipKiB(readFileSync(join(dist, url))), 0) +
      inlineScripts.reduce((sum, code) => sum + gzipKiB(code), 0),
  };
}

/**
 * The JavaScript a reader needs to read and share the article: none when, with JavaScript off in
 * Chromium, the body shows and every share network is a link that leads to its share page; else all
 * the page's JavaScript (gzip bytes), since something needed runs only with it.
 */
export async function javascriptNeededBytes(
  origin: string,
  sitePath: string,
  javascriptGzipKiB: number,
): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${origin}${sitePath}`);
    const bodyWords = (await page.locator('article .article-body').innerText()).split(/\s+/).length;
    const shareLinks = page.locator('nav.share a[href]');
    const hrefs = await shareLinks.evaluateAll((links) =>
      links.map((link) => ((link as HTMLElement).offsetParent ? link.getAttribute('href') : null)),
    );
    const sharesWork = hrefs.length > 0 && hrefs.every((href) => href !== null && /^(https:|mailto:)/.test(href));
    return bodyWords > 50 && sharesWork ? 0 : Math.round(javascriptGzipKiB * 1024);
  } finally {
    await browser.close();
  }
}
