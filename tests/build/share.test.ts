import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/social/share.ts';
import { site } from '../../src/site.config.ts';
import { BUILD_NOW, newsroomFixture } from '../helpers/newsroom-fixture.ts';
import { buildSite, page, scratchDir, writeContent, type BuildResult } from '../helpers/site.ts';

const HOSTILE_HEADLINE = `Fish & "chips" #1? It's <cheap> 🐟 in Москва and 東京`;
const HOSTILE_PATH = '/news/2026/11/21/hostile-headline/';

let build: BuildResult;
let articlePaths: string[];

/** Site paths of every article page in the build: /{section}/{yyyy}/{mm}/{dd}/{slug}/. */
function articlePages(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(outDir)
    .map((file) => `/${relative(outDir, file)}`)
    .filter((path) => /^\/[^/]+\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(path))
    .map((path) => path.replace(/index\.html$/, ''));
}

const hrefs = ($: CheerioAPI, bar: ReturnType<CheerioAPI>) =>
  bar
    .find('a')
    .map((_, a) => $(a).attr('href'))
    .get();

beforeAll(() => {
  const content = newsroomFixture();
  content.articles = {
    ...content.articles,
    'hostile-headline': {
      data: {
        headline: HOSTILE_HEADLINE,
        dek: 'Salt & vinegar, "extra" + more',
        byline: 'alice-adams',
        publishedAt: '2026-11-21T15:00:00Z',
        section: 'news',
        tags: ['City Council'],
      },
      body: 'A story whose headline would break careless share links.\n',
    },
  };
  const root = scratchDir('share');
  build = buildSite(writeContent(join(root, 'content'), content), { now: BUILD_NOW });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  articlePaths = articlePages(build.outDir);
});

describe('the share bar', () => {
  it('is on every published article page, once above the body and once after it', () => {
    expect(articlePaths).toHaveLength(26);
    for (const path of articlePaths) {
      const $ = page(build.outDir, path);
      expect($('nav.share'), path).toHaveLength(2);
      expect($('article > header nav.share').attr('aria-label'), path).toBe('Share this story');
      expect($('.article-body ~ nav.share').attr('aria-label'), path).toBe('Share this story (end of article)');
    }
  });

  it('links to every configured network with the page’s canonical URL and headline', () => {
    for (const path of articlePaths) {
      const $ = page(build.outDir, path);
      const canonical = $('link[rel=canonical]').attr('href') ?? '';
      expect(canonical, path).toBe(`${site.url}${path}`);
      const dek = $('.article__dek').text() || undefined;
      const expected = shareLinks({ url: canonical, headline: $('h1').text(), dek }, site.shareNetworks).map(
        (link) => link.href,
      );
      $('nav.share').each((_, bar) => {
        expect(hrefs($, $(bar)), path).toEqual(expected);
      });
    }
  });

  it('carries a hostile headline to every network intact, escaped for both URL and HTML', () => {
    const $ = page(build.outDir, HOSTILE_PATH);
    const canonical = `${site.url}${HOSTILE_PATH}`;
    const read = (network: string) => {
      const href = $('nav.share').first().find(`a:has(.visually-hidden:contains("${network}"))`).attr('href') ?? '';
      return Object.fromEntries(new URL(href).searchParams);
    };
    expect(read('X')).toEqual({ text: HOSTILE_HEADLINE, url: canonical });
    expect(read('Facebook')).toEqual({ u: canonical });
    expect(read('LinkedIn')).toEqual({ url: canonical });
    expect(read('WhatsApp')).toEqual({ text: `${HOSTILE_HEADLINE} ${canonical}` });
    expect(read('Telegram')).toEqual({ url: canonical, text: HOSTILE_HEADLINE });
    expect(read('Reddit')).toEqual({ url: canonical, title: HOSTILE_HEADLINE });
    expect(read('Bluesky')).toEqual({ text: `${HOSTILE_HEADLINE} ${canonical}` });
    expect(read('email')).toEqual({
      subject: HOSTILE_HEADLINE,
      body: `Salt & vinegar, "extra" + more\r\n\r\n${canonical}`,
    });
    expect($('nav.share').first().attr('data-title')).toBe(HOSTILE_HEADLINE);
  });

  it('names each control, hides the icons from screen readers and opens networks in a new tab', () => {
    const $ = page(build.outDir, HOSTILE_PATH);
    const bar = $('nav.share').first();
    expect(
      bar
        .find('a .visually-hidden')
        .map((_, label) => $(label).text())
        .get(),
    ).toEqual([
      'Share on X',
      'Share on Facebook',
      'Share on LinkedIn',
      'Share on WhatsApp',
      'Share on Telegram',
      'Share on Reddit',
      'Share on Bluesky',
      'Share by email',
    ]);
    bar.find('a').each((_, a) => {
      const link = $(a);
      expect(link.attr('rel')).toBe('noopener noreferrer');
      expect(link.attr('target')).toBe(link.attr('href')?.startsWith('mailto:') ? undefined : '_blank');
    });
    bar.find('svg').each((_, svg) => {
      expect($(svg).attr('aria-hidden')).toBe('true');
      expect($(svg).attr('focusable')).toBe('false');
    });
  });

  it('renders the JavaScript-only buttons hidden, with an empty status region for their messages', () => {
    const $ = page(build.outDir, HOSTILE_PATH);
    $('nav.share').each((_, bar) => {
      const buttons = $(bar).find('button');
      expect(buttons.map((_, button) => $(button).text().trim()).get()).toEqual(['Copy link', 'Share…']);
      buttons.each((_, button) => {
        expect($(button).closest('[hidden]'), $(button).text()).toHaveLength(1);
      });
      expect($(bar).find('[role=status]').text()).toBe('');
    });
  });

  it('loads nothing from any network: no script, frame, image or font of theirs', () => {
    const $ = page(build.outDir, HOSTILE_PATH);
    expect($('nav.share').find('script, iframe, img, object, embed, link')).toHaveLength(0);
    const external = $('script[src], link[href]:not([rel=canonical]), img[src], iframe[src]')
      .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
      .get()
      .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(site.url));
    expect(external).toEqual([]);
  });

  it('is not on pages other than articles', () => {
    expect(page(build.outDir, '/')('nav.share')).toHaveLength(0);
    expect(page(build.outDir, '/news/')('nav.share')).toHaveLength(0);
  });

  it('ships its enhancement script once a page, in at most 1 KB gzipped', () => {
    const $ = page(build.outDir, HOSTILE_PATH);
    const scripts = $('script[type=module]')
      .map((_, script) => {
        const src = $(script).attr('src');
        return src ? readFileSync(join(build.outDir, src), 'utf8') : $(script).text();
      })
      .get()
      .filter((code) => code.includes('data-share'));
    expect(scripts).toHaveLength(1);
    expect(gzipSync(scripts[0] ?? '').length).toBeLessThanOrEqual(1024);
  });
});
