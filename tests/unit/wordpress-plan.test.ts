import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ItemConverter, oldUrlList, siteFiles } from '../../src/lib/import/convert.ts';
import { ExportIndex } from '../../src/lib/import/export-index.ts';
import { importedAddresses, planImport, type ImportPlan, type PlanOptions } from '../../src/lib/import/plan.ts';
import { readWxr, type WxrItem } from '../../src/lib/import/wxr-reader.ts';
import { RESERVED_SECTION_IDS } from '../../src/lib/urls/routes.ts';
import { projectRoot } from '../helpers/site.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const options = (existing = new Map<string, string[]>()): PlanOptions => ({
  timeZone: 'America/New_York',
  now: NOW,
  reservedIds: RESERVED_SECTION_IDS,
  existing: { articleSlugs: existing },
});

let index: ExportIndex;
let items: WxrItem[];
let plan: ImportPlan;

async function* once(text: string) {
  yield text;
}

beforeAll(async () => {
  index = new ExportIndex();
  items = [];
  const text = readFileSync(join(projectRoot, 'tests/fixtures/wordpress/newsroom.xml'), 'utf8');
  for await (const record of readWxr(once(text), 'newsroom.xml')) {
    index.add(record);
    if (record.kind === 'item') items.push(record.item);
  }
  plan = planImport(index, options());
});

const messagesOf = (id: number) =>
  plan.problems.filter((problem) => problem.id === id).map((problem) => problem.message);
const siteMessages = () =>
  plan.problems.filter((problem) => problem.id === undefined).map((problem) => problem.message);

describe('the plan of an import', () => {
  it('imports posts by status: published, embargoed until a scheduled date, drafts for the rest', () => {
    const states = Object.fromEntries([...plan.articles.values()].map((article) => [article.id, article.state]));
    expect(states).toEqual({
      10: 'published',
      11: 'published',
      12: 'embargoed',
      13: 'draft',
      14: 'draft',
      15: 'draft',
      16: 'draft',
      19: 'published',
      22: 'published',
      23: 'published',
    });
    expect(messagesOf(16)).toContain(
      'password-protected on WordPress: imported as a draft, since Dateline has no passwords',
    );
    expect(plan.notImported).toMatchObject({ 'posts and pages in the trash': 1, revisions: 1 });
  });

  it('refuses an item without a title or a date with an error that names it', () => {
    expect(plan.problems).toContainEqual({
      severity: 'error',
      id: 20,
      type: 'post',
      message: 'has no title (Dateline needs a headline); not imported',
    });
    expect(messagesOf(21)).toEqual([
      'has no date (wp:post_date "", wp:post_date_gmt "0000-00-00 00:00:00"); not imported',
    ]);
  });

  it('files each article by year under its slug, and addresses it by its section and date', () => {
    expect(plan.articles.get(10)).toMatchObject({
      headline: 'Harbor Bridge reopens & traffic returns',
      slug: 'bridge-reopens',
      file: 'articles/2019/bridge-reopens.md',
      section: 'city-hall',
      url: '/city-hall/2019/05/03/bridge-reopens/',
      byline: ['jdoe'],
      tags: ['News', 'Harbor Bridge'],
      aliases: ['/2019/05/03/bridge-reopens/', '/2019/05/03/bridge-opens/'],
    });
    // A draft without a slug is named for its title.
    expect(plan.articles.get(13)?.file).toBe('articles/2026/ferry-timetable-changes-draft.md');
  });

  it('transliterates a non-ASCII slug and keeps the old URL as an alias', () => {
    expect(plan.articles.get(19)).toMatchObject({
      slug: 'most-otkryt',
      url: '/search-section/2020/01/15/most-otkryt/',
      aliases: ['/2020/01/15/мост-открыт/'],
    });
  });

  it('credits every Co-Authors Plus byline, guest authors by their display name', () => {
    expect(plan.articles.get(11)?.byline).toEqual(['jdoe', 'guest-writer']);
    expect(plan.authors).toContainEqual({ id: 'guest-writer', name: 'Priya Guest' });
    expect(plan.authors).toContainEqual({ id: 'mark-smith', name: 'Mark Smith' });
    expect(siteMessages()).toContain('1 author has no imported post and gets no author page: olduser');
  });

  it('makes primary categories sections, flat, renaming one that is a Dateline address, and other categories tags', () => {
    expect(plan.sections.map((section) => section.id)).toEqual([
      'city-hall',
      'sports',
      'news',
      'search-section',
      'uncategorized',
    ]);
    expect(plan.sections.find((section) => section.id === 'search-section')?.name).toBe('Search & Rescue');
    expect(siteMessages()).toContain(
      'the category "City Hall" was under "News" on WordPress; it is the section "city-hall" of its own (Dateline\'s sections are not nested)',
    );
    expect(siteMessages()).toContain(
      'the category "Search & Rescue" (search) is the section "search-section": /search/ is one of Dateline\'s own addresses',
    );
  });

  it('makes published pages standing pages, renaming those whose address a section or Dateline has', () => {
    expect([...plan.pages.values()].map((page) => [page.id, page.file])).toEqual([
      [30, 'pages/about.md'],
      [31, 'pages/team.md'],
      [32, 'pages/sports-page.md'],
      [33, 'pages/archive-page.md'],
    ]);
    expect(messagesOf(32)).toContain('is the standing page "sports-page": /sports/ is the section "sports" now');
    expect(messagesOf(31)[0]).toMatch(
      /^its old URL \/about\/team\/ redirects to \/team\/: standing pages are not nested \(it was under "About us"\)/,
    );
    expect(messagesOf(34)).toEqual(['is a draft page: standing pages are always public, so it was not imported']);
  });

  it('lists every old URL with where it leads now, archives included', () => {
    const urls = JSON.parse(oldUrlList(plan.site, plan.oldUrls)).urls as { url: string; kind: string; to?: string }[];
    expect(urls).toContainEqual({
      url: '/2019/05/03/bridge-opens/',
      kind: 'redirect',
      to: '/city-hall/2019/05/03/bridge-reopens/',
    });
    expect(urls).toContainEqual({ url: '/about/', kind: 'page' });
    expect(urls).toContainEqual({ url: '/category/news/city-hall/', kind: 'redirect', to: '/city-hall/' });
    expect(urls).toContainEqual({ url: '/tag/café/', kind: 'redirect', to: '/tags/café/' });
    expect(urls).toContainEqual({ url: '/author/jdoe/', kind: 'redirect', to: '/authors/jdoe/' });
    expect(urls).toContainEqual({ url: '/feed/', kind: 'redirect', to: '/feed.xml' });
    // Only what readers could reach: no drafts, no password-protected post.
    expect(urls.map((entry) => entry.url)).not.toContain('/2020/03/01/salary-list/');
  });

  it('keeps no old URL or redirect that only an item left out after the plan answered', () => {
    const all = importedAddresses(plan, new Set());
    expect(all.oldUrls.map((url) => url.path)).toEqual(
      expect.arrayContaining(['/2019/05/03/bridge-opens/', '/tag/café/']),
    );
    expect(all.redirects).toContainEqual({ from: '/about/team/', to: '/team/' });
    // Post 11 is the only published post tagged Café: without it there is no topic page to redirect its archive to.
    const without = importedAddresses(plan, new Set([10, 11, 31]));
    const paths = without.oldUrls.map((url) => url.path);
    for (const gone of ['/2019/05/03/bridge-reopens/', '/2019/05/03/bridge-opens/', '/2019/06/10/council-budget/'])
      expect(paths).not.toContain(gone);
    expect(paths).not.toContain('/tag/café/');
    expect(paths).not.toContain('/about/team/');
    expect(without.redirects.map((redirect) => redirect.from)).not.toContain('/about/team/');
    expect(without.redirects.map((redirect) => redirect.from)).not.toContain('/tag/café/');
    // What answers whatever is imported stays: a section's archive, the feed, the other pages.
    expect(without.redirects).toContainEqual({ from: '/category/news/city-hall/', to: '/city-hall/' });
    expect(without.redirects).toContainEqual({ from: '/feed/', to: '/feed.xml' });
    expect(paths).toContain('/about/');
  });

  it('gives a slug another article of the content folder has a new one, but not the file it would write again', () => {
    const taken = planImport(index, options(new Map([['bridge-reopens', ['articles/archive/bridge-reopens.md']]])));
    expect(taken.articles.get(10)?.file).toBe('articles/2019/bridge-reopens-2.md');
    const again = planImport(index, options(new Map([['bridge-reopens', ['articles/2019/bridge-reopens.md']]])));
    expect(again.articles.get(10)?.file).toBe('articles/2019/bridge-reopens.md');
  });
});

describe('the files of an import', () => {
  const converter = () =>
    new ItemConverter(index, plan, {
      timeZone: 'America/New_York',
      embedHosts: ['www.youtube-nocookie.com', 'player.vimeo.com'],
      upload: (path) =>
        path.startsWith('2019/05/bridge') || path.startsWith('2019/05/crowd') ? true : 'is not in the uploads folder',
    });

  it('writes an article’s frontmatter in the schema’s fields, dates in the publication time zone, the featured image beside it', () => {
    const output = converter().convert(items.find((item) => item.id === 10)!)!;
    expect(output.file.path).toBe('articles/2019/bridge-reopens.md');
    expect(output.file.content).toMatch(
      /^---\nheadline: Harbor Bridge reopens & traffic returns\ndek: Traffic returned to the rebuilt span at dawn\.\nbyline: jdoe\npublishedAt: "2019-05-03T08:30:00-04:00"\nupdatedAt: "2019-05-04T09:00:00-04:00"\nsection: city-hall\ntags:\n  - News\n  - Harbor Bridge\nimage:\n  src: \.\/images\/2019-05-bridge\.jpg\n  alt: The Harbor Bridge at sunrise\n  caption: The rebuilt Harbor Bridge at sunrise\.\n  credit: "Photo: Jane Doe"\naliases:\n  - \/2019\/05\/03\/bridge-reopens\/\n  - \/2019\/05\/03\/bridge-opens\/\n---\n\nThe rebuilt span opened at dawn\./,
    );
    expect(output.images).toEqual([
      { from: '2019/05/crowd.jpg', to: 'articles/2019/images/2019-05-crowd.jpg' },
      { from: '2019/05/bridge.jpg', to: 'articles/2019/images/2019-05-bridge.jpg' },
    ]);
    expect(output.file.content).toContain(
      'Read [how the council paid for it](/city-hall/2019/06/10/council-budget/) and [about us](/about/).',
    );
  });

  it('marks drafts, and leaves an embargoed story undrafted with its future date', () => {
    const draft = converter().convert(items.find((item) => item.id === 16)!)!;
    expect(draft.file.content).toContain('\ndraft: true\n');
    const embargoed = converter().convert(items.find((item) => item.id === 12)!)!;
    expect(embargoed.file.content).toContain('publishedAt: "2030-07-01T06:00:00-04:00"');
    expect(embargoed.file.content).not.toContain('draft');
  });

  it('uses an SEO description as the dek without an excerpt, and a page’s as its description', () => {
    expect(converter().convert(items.find((item) => item.id === 11)!)!.file.content).toContain(
      'dek: How the council found the money for the bridge.',
    );
    expect(converter().convert(items.find((item) => item.id === 30)!)!.file.content).toMatch(
      /^---\ntitle: About us\ndescription: Who we are and how we work\.\norder: 1\nupdatedAt: "2021-03-01T10:00:00-05:00"\n---\n/,
    );
  });

  it('gives no image to an article whose featured image is missing, and says so', () => {
    const plain = new ItemConverter(index, plan, { timeZone: 'America/New_York', embedHosts: [] });
    const output = plain.convert(items.find((item) => item.id === 10)!)!;
    expect(output.file.content).not.toContain('image:');
    expect(output.problems.map((problem) => problem.message)).toContain(
      "its featured image https://oldnews.example/wp-content/uploads/2019/05/bridge.jpg was not copied (no --uploads folder was given): it has no image (an article's image must be a file beside it)",
    );
  });

  it('writes a section and an author file with their names', () => {
    expect(siteFiles(plan)).toContainEqual({
      path: 'sections/news.md',
      content: '---\nname: News\ndescription: What happened in the harbor.\n---\n',
    });
    expect(siteFiles(plan)).toContainEqual({
      path: 'authors/guest-writer.md',
      content: '---\nname: Priya Guest\n---\n',
    });
  });

  it('leaves a link to an item left out as it was, and says which bodies lead to one', () => {
    const itemConverter = converter();
    const before = itemConverter.convert(items.find((item) => item.id === 10)!)!;
    expect(before.file.content).toContain('[about us](/about/)');
    expect(itemConverter.leadsToLeftOut(before.links)).toBe(false);
    itemConverter.leaveOut(30);
    expect(itemConverter.leadsToLeftOut(before.links)).toBe(true);
    const after = itemConverter.convert(items.find((item) => item.id === 10)!)!;
    expect(after.file.content).toContain('[about us](https://oldnews.example/about/)');
    expect(after.file.content).toContain('[how the council paid for it](/city-hall/2019/06/10/council-budget/)');
    expect(itemConverter.leadsToLeftOut(after.links)).toBe(false);
  });

  it('converts the same export to the same bytes every time', () => {
    const first = items.map((item) => converter().convert(item)?.file.content);
    const second = items.map((item) => converter().convert(item)?.file.content);
    expect(second).toEqual(first);
  });
});
