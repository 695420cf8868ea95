/**
 * Hostile content: XSS payloads in every field an editor (or a compromised editor account) can write.
 * Built with the real build and loaded page by page in Chromium: none may run, and the structured data
 * and share links must stay well-formed.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, sitePathOf } from '../gates/site-files.ts';
import { siteInChromium } from '../helpers/browser.ts';
import { BUILD_NOW } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult, type ContentFiles } from '../helpers/site.ts';

/** Each sets window.__xss or opens a dialog if it ever runs. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><script>window.__xss=2</script>',
  "'><img src=x onerror=window.__xss=3>",
  '<img src=x onerror="alert(4)">',
  '<svg onload=alert(5)>',
  'javascript:alert(6)',
  '</script><script>window.__xss=7</script>',
  '<iframe src="javascript:alert(8)"></iframe>',
  '<a href="javascript:window.__xss=9">click</a>',
  '<body onload=alert(10)>',
  '<details open ontoggle=alert(11)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(12)>',
  "{{constructor.constructor('alert(13)')()}}",
  '${alert(14)}',
  "<style>@import 'javascript:alert(15)';</style>",
  '<object data="javascript:alert(16)"></object>',
  '<embed src="javascript:alert(17)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(18)">',
  '<form><button formaction=javascript:alert(19)>x</button></form>',
  '<input autofocus onfocus=alert(20)>',
  '\u2028\u2029</script><script>window.__xss=21</script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(22)>">',
  '<a href="&#106;avascript:alert(23)">x</a>',
  '<img src="x" onerror="window.__xss=24" alt="a">',
];

function hostileNewsroom(): ContentFiles {
  const articles: ContentFiles['articles'] = {};
  PAYLOADS.forEach((payload, index) => {
    articles[`hostile-${index}`] = {
      data: {
        headline: `Story ${index} ${payload}`,
        dek: `Dek ${payload}`,
        byline: index % 2 === 0 ? 'evil-editor' : ['evil-editor', 'plain-reporter'],
        publishedAt: new Date(Date.UTC(2026, 10, 1 + (index % 20), 10, index)).toISOString(),
        section: 'news',
        tags: [`Tag ${payload}`, 'Common'],
        dateline: `CITY ${payload}`,
        image: { src: 'harbor.jpg', alt: `Alt ${payload}`, caption: `Caption ${payload}`, credit: `Credit ${payload}` },
      },
      body: [
        `Lead paragraph ${payload}`,
        '',
        payload,
        '',
        `[a link](javascript:alert(${100 + index}))`,
        '',
        `> Quote ${payload}`,
        '',
      ].join('\n'),
    };
  });
  return {
    sections: { news: { name: `News <script>window.__xss=99</script>`, description: `Section ${PAYLOADS[2]}` } },
    authors: {
      'evil-editor': {
        data: { name: `Evil <img src=x onerror=alert(98)>`, role: PAYLOADS[1] },
        body: PAYLOADS.join('\n\n'),
      },
      'plain-reporter': { data: { name: 'Plain Reporter' }, body: 'Writes plainly.' },
    },
    articles,
  };
}

let build: BuildResult;

beforeAll(() => {
  build = buildSite(writeContent(join(scratchDir('xss'), 'content'), hostileNewsroom()), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`the hostile fixture must still build:\n${build.output}`);
});

const session = siteInChromium(() => build.outDir);

describe('XSS payloads in every field', () => {
  it('never run on any page of the site', async () => {
    const ran: string[] = [];
    const pages = htmlFiles(build.outDir).map((file) => sitePathOf(build.outDir, file));
    expect(pages.length).toBeGreaterThan(PAYLOADS.length);
    const context = await session.browser.newContext();
    for (const path of pages) {
      const tab = await context.newPage();
      tab.on('dialog', (dialog) => {
        ran.push(`${path}: dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      await tab.goto(`${session.origin}${path}`, { waitUntil: 'load' });
      const marker = await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss);
      if (marker !== undefined) ran.push(`${path}: window.__xss = ${marker}`);
      await tab.close();
    }
    await context.close();
    expect(ran).toEqual([]);
  });

  it('leave no script, event handler or javascript: URL in the HTML', () => {
    for (const file of htmlFiles(build.outDir)) {
      const $ = page(build.outDir, sitePathOf(build.outDir, file));
      const where = sitePathOf(build.outDir, file);
      const handlers = $('*')
        .toArray()
        .filter((node): node is typeof node & { tagName: string; attribs: Record<string, string> } => 'attribs' in node)
        .flatMap((element) =>
          Object.keys(element.attribs)
            .filter((name) => name.startsWith('on'))
            .map((name) => `${where} <${element.tagName} ${name}>`),
        );
      expect(handlers).toEqual([]);
      const javascriptUrls = $('[href], [src], [action], [formaction], [data]')
        .toArray()
        .filter((element) =>
          ['href', 'src', 'action', 'formaction', 'data'].some((name) =>
            /^\s*javascript:/i.test(element.attribs[name] ?? ''),
          ),
        );
      expect(javascriptUrls.map((element) => `${where} <${element.tagName}>`)).toEqual([]);
      const scripts = $('script')
        .toArray()
        .filter(
          (script) =>
            (script.attribs.type ?? '') !== 'application/ld+json' && /__xss|alert\(/.test($(script).html() ?? ''),
        );
      expect(scripts.map(() => where)).toEqual([]);
    }
  });

  it('keep every JSON-LD block parseable, holding the hostile headline as plain data', () => {
    for (const file of htmlFiles(build.outDir)) {
      const $ = page(build.outDir, sitePathOf(build.outDir, file));
      $('script[type="application/ld+json"]').each((_, script) => {
        const json = $(script).html() ?? '';
        expect(json).not.toMatch(/<\/script/i);
        expect(() => JSON.parse(json)).not.toThrow();
      });
    }
    const article = htmlFiles(build.outDir).find((file) => file.includes('hostile-6'))!;
    const $ = page(build.outDir, sitePathOf(build.outDir, article));
    const data = $('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse($(script).html() ?? '{}'))
      .get()
      .find((block: { '@type'?: string }) => block['@type'] === 'NewsArticle');
    expect(data.headline).toContain(PAYLOADS[6]);
  });

  it('keep share links well-formed, carrying the headline encoded', () => {
    const article = htmlFiles(build.outDir).find((file) => file.includes('hostile-1/'))!;
    const $ = page(build.outDir, sitePathOf(build.outDir, article));
    const hrefs = $('nav.share')
      .first()
      .find('a[href]')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      const url = new URL(href);
      const carried = [...url.searchParams.values()].join(' ');
      if (!href.startsWith('https://www.facebook.com') && !href.startsWith('https://www.linkedin.com'))
        expect(carried).toContain(PAYLOADS[1]);
    }
  });
});
