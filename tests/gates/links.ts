/**
 * Gate: no broken internal link, anchor or image source anywhere in a built site.
 * External URLs are not fetched (the build machine has no network, and readers' links to other sites
 * are the editors' business); every same-site href, src and srcset entry must resolve to a built file,
 * and every `#fragment` to an id on the target page. A site served under a path (its URL's path, as
 * SITE_URL=https://user.github.io/news/ gives) has its files there: a link outside it is broken.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { siteBase, withBase, withoutBase } from '../../src/lib/urls/permalink.ts';
import { htmlFiles, sitePathOf } from './site-files.ts';

export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  problem: string;
}

const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
];

/** `siteUrl`: the URL the site was built for, an origin or an origin and the path it is served under. */
export function findBrokenLinks(dist: string, siteUrl: string): BrokenLink[] {
  const base = siteBase(siteUrl);
  const pages = htmlFiles(dist);
  const idsByPath = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByPath.get(file);
    if (!ids) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      ids = new Set(
        $('[id]')
          .map((_, element) => $(element).attr('id'))
          .get(),
      );
      for (const name of $('a[name]')
        .map((_, element) => $(element).attr('name'))
        .get())
        ids.add(name);
      idsByPath.set(file, ids);
    }
    return ids;
  };

  const broken: BrokenLink[] = [];
  for (const file of pages) {
    const pagePath = sitePathOf(dist, file);
    const pageUrl = new URL(withBase(pagePath, siteUrl), siteUrl);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const targets: [attribute: string, value: string][] = [];
    for (const [selector, attribute] of LINK_ATTRIBUTES) {
      $(selector).each((_, element) => void targets.push([attribute, $(element).attr(attribute) ?? '']));
    }
    $('img[srcset], source[srcset]').each((_, element) => {
      for (const candidate of ($(element).attr('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) targets.push(['srcset', url]);
      }
    });
    $('meta[http-equiv="refresh" i]').each((_, element) => {
      const url = /url=(.+)$/i.exec($(element).attr('content') ?? '')?.[1];
      if (url) targets.push(['refresh', url.trim().replace(/^['"]|['"]$/g, '')]);
    });

    for (const [attribute, value] of targets) {
      if (!value) {
        broken.push({ page: pagePath, attribute, target: value, problem: 'empty link' });
        continue;
      }
      const url = new URL(value, pageUrl);
      if (url.origin !== pageUrl.origin || !/^https?:$/.test(url.protocol)) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({
          page: pagePath,
          attribute,
          target: value,
          problem: `outside the site, which is served under ${base}`,
        });
        continue;
      }
      const target = resolveFile(dist, decodeURIComponent(withoutBase(url.pathname, siteUrl)));
      if (!target) {
        broken.push({ page: pagePath, attribute, target: value, problem: 'no such file in the built site' });
      } else if (
        url.hash.length > 1 &&
        target.endsWith('.html') &&
        !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
      ) {
        broken.push({
          page: pagePath,
          attribute,
          target: value,
          problem: `no element with id "${url.hash.slice(1)}" on the target page`,
        });
      }
    }
  }
  return broken;
}

function resolveFile(dist: string, pathname: string): string | undefined {
  const direct = join(dist, pathname);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}
