/**
 * The decisions an import makes over the whole export, before any body is converted: which items become
 * articles and standing pages and which are left out (and why), each article's slug, file, section,
 * byline, dates and new address, each page's name, the sections and authors to write, the old addresses
 * that become aliases, and the old site's URLs to check after the move. Pure: the caller hands in what
 * the target content folder already holds.
 */
import { tagSlug, articleAddress } from '../urls/permalink.ts';
import { calendarDate } from '../content/dates.ts';
import { HEADLINE_MAX_LENGTH, PAGE_TITLE_MAX_LENGTH, SITE_PATH } from '../content/frontmatter-rules.ts';
import { standingPagePath } from '../content/standing-pages.ts';
import { isFixedAddress } from '../urls/routes.ts';
import { claimName, datelineSlug, decodeSlug } from './slugs.ts';
import type { ExportIndex, IndexedItem } from './export-index.ts';
import { itemInstant } from './item-dates.ts';
import { oldSitePath, withSlug, type OldUrl } from './old-urls.ts';
import type { ReportProblem } from './report.ts';
import { statusDecision, type ArticleState } from './statuses.ts';
import type { WxrSite } from './wxr-reader.ts';

export interface PlanOptions {
  timeZone: string;
  /** The import's clock: a scheduled post after it is embargoed. */
  now: Date;
  /** Section ids the site's own routes use (RESERVED_SECTION_IDS). */
  reservedIds: readonly string[];
  /** What the target content folder holds already. */
  existing: {
    /** Article slug → its files, relative to the content folder (`articles/2019/x.md`). */
    articleSlugs: ReadonlyMap<string, readonly string[]>;
    /** Section ids of the folder's own sections: a standing page may not take their addresses either. */
    sectionIds?: readonly string[];
  };
}

export interface PlannedArticle {
  id: number;
  headline: string;
  slug: string;
  /** Relative to the content folder: `articles/2019/slug.md`. */
  file: string;
  section: string;
  url: string;
  publishedAt: Date;
  updatedAt?: Date;
  state: ArticleState;
  byline: string[];
  tags: string[];
  aliases: string[];
}

export interface PlannedPage {
  id: number;
  name: string;
  title: string;
  /** `pages/about.md`. */
  file: string;
  path: string;
  updatedAt?: Date;
  order?: number;
}

export interface PlannedSection {
  id: string;
  name: string;
  description: string;
}

export interface PlannedAuthor {
  id: string;
  name: string;
}

/**
 * The imported items (WordPress post ids) any one of which makes an address answer: an article's or a
 * page's own, a topic page's (it exists while one of its stories does). Absent for an address that answers
 * whatever is imported (a section, an author, the feed). An item whose file is not written after all (it
 * does not pass the schema, or cannot be converted) takes its addresses with it: see importedAddresses.
 */
export interface AddressDependency {
  dependsOn?: readonly number[];
}

/** Where an old address of the site leads now. */
export interface NewAddress extends AddressDependency {
  path: string;
}

export type PlannedOldUrl = OldUrl & AddressDependency;

export interface PlannedRedirect extends AddressDependency {
  from: string;
  to: string;
}

export interface ImportPlan {
  site: WxrSite;
  articles: Map<number, PlannedArticle>;
  pages: Map<number, PlannedPage>;
  sections: PlannedSection[];
  authors: PlannedAuthor[];
  /** Old site path → its new address, for links in bodies (published posts, pages, category and tag archives). */
  newAddressOf: Map<string, NewAddress>;
  /** WordPress post id → new site path, for `?p=12` links. */
  newPathOfId: Map<number, string>;
  oldUrls: PlannedOldUrl[];
  /** Old URLs that no alias can answer (archives, the feed, moved pages), for content/redirects.yaml. */
  redirects: PlannedRedirect[];
  problems: ReportProblem[];
  /** Items left out by design, counted by why. */
  notImported: Record<string, number>;
}

const truncate = (text: string, max: number): string => {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

const count = (counts: Record<string, number>, what: string) => {
  counts[what] = (counts[what] ?? 0) + 1;
};

/** Post types WordPress keeps that are no content of their own, and how the report counts them. */
const INTERNAL_TYPES: Record<string, string> = {
  revision: 'revisions',
  attachment: 'attachments (their images are copied where posts use them)',
  nav_menu_item: 'navigation menu items (Dateline navigates by its sections)',
  'guest-author': 'Co-Authors Plus guest author profiles (their names are used in bylines)',
  wp_block: 'reusable blocks',
  wp_template: 'theme templates',
  wp_template_part: 'theme template parts',
  wp_global_styles: 'theme styles',
  wp_navigation: 'navigation menus (Dateline navigates by its sections)',
  wp_font_family: 'fonts',
  wp_font_face: 'fonts',
  custom_css: 'custom CSS',
  customize_changeset: 'customizer changesets',
  oembed_cache: 'cached embeds',
  user_request: 'privacy requests',
  wpcf7_contact_form: 'contact forms',
};

export function planImport(index: ExportIndex, options: PlanOptions): ImportPlan {
  const site = index.site!;
  const home = site.link || site.baseBlogUrl;
  const problems: ReportProblem[] = [];
  const notImported: Record<string, number> = {};
  const problem = (item: IndexedItem | undefined, severity: ReportProblem['severity'], message: string) =>
    problems.push({
      severity,
      message,
      ...(item ? { id: item.id, type: item.type, title: item.title || undefined } : {}),
    });

  for (const [type, statuses] of Object.entries(index.counts)) {
    if (type === 'post' || type === 'page') continue;
    const total = Object.values(statuses).reduce((sum, value) => sum + value, 0);
    const known = INTERNAL_TYPES[type];
    if (known) notImported[known] = (notImported[known] ?? 0) + total;
    else
      problems.push({
        severity: 'skipped',
        message: `${total} item${total === 1 ? '' : 's'} of the post type "${type}" ${total === 1 ? 'was' : 'were'} not imported: Dateline imports posts and pages only`,
      });
  }

  // Which items are imported, and when each was published.
  interface Candidate {
    item: IndexedItem;
    publishedAt: Date;
    modifiedAt?: Date;
    state: ArticleState;
  }
  const posts: Candidate[] = [];
  const pages: Candidate[] = [];
  for (const item of index.items) {
    if (!Number.isInteger(item.id)) {
      problem(item, 'error', `the item at line ${item.line} has no wp:post_id; not imported`);
      continue;
    }
    if (item.status === 'trash' || item.status === 'auto-draft') {
      count(notImported, item.status === 'trash' ? 'posts and pages in the trash' : 'unsaved automatic drafts');
      continue;
    }
    if (!item.title) {
      problem(item, 'error', 'has no title (Dateline needs a headline); not imported');
      continue;
    }
    const publishedAt = itemInstant(item.postDate, item.postDateGmt, options.timeZone);
    if (!publishedAt) {
      problem(
        item,
        'error',
        `has no date (wp:post_date "${item.postDate}", wp:post_date_gmt "${item.postDateGmt}"); not imported`,
      );
      continue;
    }
    const decision = statusDecision(item.status, item.hasPassword, publishedAt, options.now);
    const modifiedAt = itemInstant(item.postModified, item.postModifiedGmt, options.timeZone);
    const candidate = { item, publishedAt, ...(modifiedAt ? { modifiedAt } : {}), state: decision.state };
    if (item.type === 'page') {
      if (decision.state !== 'published') {
        problem(
          item,
          'skipped',
          item.hasPassword
            ? 'is a password-protected page: standing pages are always public, so it was not imported'
            : `is a ${item.status === 'future' ? 'scheduled' : item.status} page: standing pages are always public, so it was not imported`,
        );
        continue;
      }
      pages.push(candidate);
      continue;
    }
    if (decision.warning) problem(item, 'warning', decision.warning);
    posts.push(candidate);
  }

  // Sections: the primary category of each article.
  const categoryName = (nicename: string, fallback: string) =>
    index.categories.get(nicename)?.name || fallback || decodeSlug(nicename);
  const primaryOf = (item: IndexedItem): { nicename: string; name: string } | undefined => {
    const primary = item.primaryCategory === undefined ? undefined : index.categoryByTermId.get(item.primaryCategory);
    return item.categories.find((category) => category.nicename === primary) ?? item.categories[0];
  };
  const sectionIdOf = new Map<string, string>();
  const sections: PlannedSection[] = [];
  const sectionIds = new Set<string>();
  const sectionFor = (category: { nicename: string; name: string }): string => {
    const known = sectionIdOf.get(category.nicename);
    if (known) return known;
    const name = categoryName(category.nicename, category.name);
    let id = datelineSlug(category.nicename) || datelineSlug(name) || 'section';
    if (options.reservedIds.includes(id)) {
      const renamed = `${id}-section`;
      problems.push({
        severity: 'warning',
        message: `the category "${name}" (${category.nicename}) is the section "${renamed}": /${id}/ is one of Dateline's own addresses`,
      });
      id = renamed;
    }
    id = claimName(id, sectionIds);
    sectionIdOf.set(category.nicename, id);
    const parent = index.categories.get(category.nicename)?.parent;
    if (parent)
      problems.push({
        severity: 'warning',
        message: `the category "${name}" was under "${categoryName(parent, '')}" on WordPress; it is the section "${id}" of its own (Dateline's sections are not nested)`,
      });
    sections.push({ id, name, description: index.categories.get(category.nicename)?.description ?? '' });
    return id;
  };

  // People: the login of each byline, as an author id.
  const authorIdOf = new Map<string, string>();
  const authors: PlannedAuthor[] = [];
  const authorIds = new Set<string>();
  const authorFor = (login: string, termName: string, item: IndexedItem): string => {
    const known = authorIdOf.get(login);
    if (known) return known;
    const wpAuthor = index.authors.get(login);
    const name =
      wpAuthor?.displayName ||
      [wpAuthor?.firstName, wpAuthor?.lastName].filter(Boolean).join(' ') ||
      index.guestAuthors.get(login) ||
      termName ||
      login;
    if (!wpAuthor && !index.guestAuthors.has(login))
      problem(item, 'warning', `its author "${login}" is not among the export's authors; named "${name}"`);
    const id = claimName(datelineSlug(login) || datelineSlug(name) || 'author', authorIds);
    authorIdOf.set(login, id);
    authors.push({ id, name });
    return id;
  };

  // Articles: slugs, files, addresses.
  const articles = new Map<number, PlannedArticle>();
  const slugs = new Set<string>();
  const newAddressOf = new Map<string, NewAddress>();
  const newPathOfId = new Map<number, string>();
  const oldUrls: PlannedOldUrl[] = [{ path: '/' }];
  const aliasOwner = new Map<string, number>();
  /** Topic slug → its published posts: its topic page exists while one of them is imported. */
  const postsTagged = new Map<string, number[]>();
  const publishedCategories = new Set<string>();
  const publishedAuthors = new Map<string, string>();
  // calendarDate keeps one formatter per zone: a formatter per post held native memory by the hundred megabytes.
  const yearOf = (date: Date) => calendarDate(date, options.timeZone).year;
  const takenElsewhere = (slug: string, file: string) =>
    (options.existing.articleSlugs.get(slug) ?? []).some((existing) => existing !== file);

  for (const { item, publishedAt, modifiedAt, state } of posts) {
    let headline = item.title;
    if ([...headline].length > HEADLINE_MAX_LENGTH) {
      headline = truncate(headline, HEADLINE_MAX_LENGTH);
      problem(
        item,
        'warning',
        `its title is longer than Dateline's ${HEADLINE_MAX_LENGTH} characters; the headline is cut to "${headline}"`,
      );
    }
    const primary = primaryOf(item);
    if (!primary) problem(item, 'warning', 'has no category; it is in the section "uncategorized"');
    const section = sectionFor(primary ?? { nicename: 'uncategorized', name: 'Uncategorized' });
    const bylineSource =
      item.coAuthors.length > 0
        ? item.coAuthors.map((term) => ({ login: term.nicename.replace(/^cap-/, ''), name: term.name }))
        : [{ login: item.creator, name: '' }];
    const byline = [
      ...new Set(
        bylineSource
          .filter((person) => person.login)
          .map((person) => authorFor(decodeSlug(person.login), person.name, item)),
      ),
    ];
    if (byline.length === 0) {
      problem(item, 'warning', 'has no author; credited to "staff"');
      byline.push(authorFor('staff', 'Staff', item));
    }
    const tags: string[] = [];
    const tagKeys = new Set<string>();
    for (const term of [...item.categories.filter((category) => category !== primary), ...item.tags]) {
      const name = term.name || decodeSlug(term.nicename);
      const key = tagSlug(name);
      if (!key) {
        problem(item, 'warning', `its tag "${name}" has no letters or digits a topic address can hold; left out`);
        continue;
      }
      if (tagKeys.has(key)) continue;
      tagKeys.add(key);
      tags.push(name);
    }
    const year = yearOf(publishedAt);
    const wanted = datelineSlug(item.postName) || datelineSlug(item.title) || `post-${item.id}`;
    let slug = wanted;
    for (let number = 2; slugs.has(slug) || takenElsewhere(slug, `articles/${year}/${slug}.md`); number += 1)
      slug = `${wanted}-${number}`;
    slugs.add(slug);
    if (slug !== wanted) problem(item, 'warning', `its slug "${wanted}" is taken by another article; it is "${slug}"`);
    const file = `articles/${year}/${slug}.md`;
    const { url } = articleAddress(`${year}/${slug}`, { section, publishedAt }, options.timeZone);
    const article: PlannedArticle = {
      id: item.id,
      headline,
      slug,
      file,
      section,
      url,
      publishedAt,
      ...(modifiedAt && modifiedAt.getTime() - publishedAt.getTime() >= 60_000 ? { updatedAt: modifiedAt } : {}),
      state,
      byline,
      tags,
      aliases: [],
    };
    articles.set(item.id, article);
    if (item.sticky)
      problem(
        item,
        'warning',
        'was sticky on WordPress; Dateline has no sticky posts: place it on the front page by hand',
      );
    if (item.otherTerms.length > 0)
      problem(
        item,
        'warning',
        `its terms of the ${[...new Set(item.otherTerms)].map((taxonomy) => `"${taxonomy}"`).join(', ')} ${new Set(item.otherTerms).size === 1 ? 'taxonomy were' : 'taxonomies were'} not imported`,
      );
    // Only a post readers could reach had a public address to keep.
    if (item.status !== 'publish' || item.hasPassword) continue;
    newPathOfId.set(item.id, url);
    for (const category of item.categories) publishedCategories.add(category.nicename);
    if (primary) publishedCategories.add(primary.nicename);
    for (const name of tags) {
      const tagged = postsTagged.get(tagSlug(name));
      if (tagged) tagged.push(item.id);
      else postsTagged.set(tagSlug(name), [item.id]);
    }
    for (const person of bylineSource)
      if (person.login) publishedAuthors.set(decodeSlug(person.login), authorIdOf.get(decodeSlug(person.login))!);
    const old = oldSitePath(item.link, home);
    if ('problem' in old) {
      problem(item, 'warning', `its old URL cannot be kept: ${old.problem}`);
      continue;
    }
    const earlier = item.oldSlugs.map((oldSlug) => withSlug(old.path, oldSlug)).filter((path) => path !== undefined);
    const dependsOn = [item.id];
    for (const path of [old.path, ...earlier]) {
      newAddressOf.set(path, { path: url, dependsOn });
      if (path === url) {
        oldUrls.push({ path, dependsOn });
        continue;
      }
      if (aliasOwner.has(path)) continue;
      aliasOwner.set(path, item.id);
      article.aliases.push(path);
      oldUrls.push({ path, to: url, dependsOn });
    }
  }

  // Standing pages: a name of their own that no section and none of Dateline's addresses use.
  const plannedPages = new Map<number, PlannedPage>();
  const pageNames = new Set<string>();
  const redirects: PlannedRedirect[] = [];
  const pageById = new Map(pages.map(({ item }) => [item.id, item]));
  for (const id of options.existing.sectionIds ?? []) sectionIds.add(id);
  for (const { item, modifiedAt } of pages) {
    let title = item.title;
    if ([...title].length > PAGE_TITLE_MAX_LENGTH) {
      title = truncate(title, PAGE_TITLE_MAX_LENGTH);
      problem(
        item,
        'warning',
        `its title is longer than a standing page's ${PAGE_TITLE_MAX_LENGTH} characters; cut to "${title}"`,
      );
    }
    const wanted = datelineSlug(item.postName) || datelineSlug(item.title) || `page-${item.id}`;
    let name = wanted;
    if (options.reservedIds.includes(name) || sectionIds.has(name) || pageNames.has(name)) {
      name = claimName(`${wanted}-page`, pageNames);
      const why = options.reservedIds.includes(wanted)
        ? `/${wanted}/ is one of Dateline's own addresses`
        : sectionIds.has(wanted)
          ? `/${wanted}/ is the section "${wanted}" now`
          : `another page is called "${wanted}"`;
      problem(item, 'warning', `is the standing page "${name}": ${why}`);
    } else pageNames.add(name);
    const path = standingPagePath(name);
    const page: PlannedPage = {
      id: item.id,
      name,
      title,
      file: `pages/${name}.md`,
      path,
      ...(modifiedAt ? { updatedAt: modifiedAt } : {}),
      ...(item.menuOrder ? { order: item.menuOrder } : {}),
    };
    plannedPages.set(item.id, page);
    newPathOfId.set(item.id, path);
    const old = oldSitePath(item.link, home);
    if ('problem' in old) {
      problem(item, 'warning', `its old URL cannot be kept: ${old.problem}`);
      continue;
    }
    const dependsOn = [item.id];
    newAddressOf.set(old.path, { path, dependsOn });
    if (old.path === path) {
      oldUrls.push({ path, dependsOn });
      continue;
    }
    const parent = pageById.get(item.parent);
    redirects.push({ from: old.path, to: path, dependsOn });
    oldUrls.push({ path: old.path, to: path, dependsOn });
    if (parent)
      problem(
        item,
        'warning',
        `its old URL ${old.path} redirects to ${path}: standing pages are not nested (it was under "${parent.title}")`,
      );
  }

  // An old address that is a live page now (a post at /news/ on a site whose section is news) cannot redirect.
  const livePaths = new Set([
    '/',
    ...sections.map((section) => `/${section.id}/`),
    ...[...plannedPages.values()].map((page) => page.path),
  ]);
  for (const article of articles.values()) {
    article.aliases = article.aliases.filter((alias) => {
      const why =
        livePaths.has(alias) || isFixedAddress(alias)
          ? `is a page of the new site (${alias}), so it cannot redirect to the article`
          : !SITE_PATH.test(alias)
            ? `has characters an alias cannot hold`
            : undefined;
      if (why)
        problems.push({
          severity: 'warning',
          id: article.id,
          type: 'post',
          title: article.headline,
          message: `its old URL ${alias} ${why}`,
        });
      return !why;
    });
  }

  // Archives: WordPress's listing addresses, and the Dateline listing each one's readers want now.
  const archive = (path: string, to: string, dependsOn?: readonly number[]) => {
    const dependency = dependsOn ? { dependsOn } : {};
    redirects.push({ from: path, to, ...dependency });
    oldUrls.push({ path, to, ...dependency });
  };
  /** A category's or a tag's archive: links in bodies follow it too. */
  const termArchive = (path: string, to: string, dependsOn?: readonly number[]) => {
    newAddressOf.set(path, { path: to, ...(dependsOn ? { dependsOn } : {}) });
    archive(path, to, dependsOn);
  };
  const categoryPath = (nicename: string): string => {
    const chain: string[] = [];
    for (
      let current: string | undefined = nicename;
      current && !chain.includes(current);
      current = index.categories.get(current)?.parent
    )
      chain.unshift(current);
    return `/category/${chain.map(decodeSlug).join('/')}/`;
  };
  for (const nicename of [...publishedCategories].sort()) {
    const path = categoryPath(nicename);
    const section = sectionIdOf.get(nicename);
    const name = categoryName(nicename, '');
    const tagged = postsTagged.get(tagSlug(name));
    if (section) termArchive(path, `/${section}/`);
    else if (tagged) termArchive(path, `/tags/${tagSlug(name)}/`, tagged);
  }
  const tagNicenames = new Map<string, string>();
  for (const { item } of posts)
    if (item.status === 'publish' && !item.hasPassword)
      for (const tag of item.tags) tagNicenames.set(tag.nicename, tag.name || decodeSlug(tag.nicename));
  for (const [nicename, name] of [...tagNicenames].sort(([a], [b]) => a.localeCompare(b))) {
    // A tag of no letters or digits ("#", an emoji) has no topic page: each of its posts reports it.
    if (!tagSlug(name)) continue;
    termArchive(`/tag/${decodeSlug(nicename)}/`, `/tags/${tagSlug(name)}/`, postsTagged.get(tagSlug(name)));
  }
  for (const [login, id] of [...publishedAuthors].sort(([a], [b]) => a.localeCompare(b))) {
    // WordPress's author archive uses the user's nicename, which a WXR export leaves out: most sites' is the login made a slug.
    archive(`/author/${datelineSlug(login) || login}/`, `/authors/${id}/`);
  }
  if (posts.some(({ item }) => item.status === 'publish')) archive('/feed/', '/feed.xml');

  const unusedCategories = [...index.categories.keys()].filter(
    (nicename) =>
      !sectionIdOf.has(nicename) &&
      !posts.some(({ item }) => item.categories.some((category) => category.nicename === nicename)),
  );
  if (unusedCategories.length > 0)
    problems.push({
      severity: 'skipped',
      message: `${unusedCategories.length} categor${unusedCategories.length === 1 ? 'y has' : 'ies have'} no imported post and ${unusedCategories.length === 1 ? 'is' : 'are'} not a section: ${unusedCategories.map((nicename) => categoryName(nicename, '')).join(', ')}`,
    });
  const unusedAuthors = [...index.authors.keys()].filter((login) => !authorIdOf.has(login));
  if (unusedAuthors.length > 0)
    problems.push({
      severity: 'skipped',
      message: `${unusedAuthors.length} author${unusedAuthors.length === 1 ? ' has' : 's have'} no imported post and ${unusedAuthors.length === 1 ? 'gets' : 'get'} no author page: ${unusedAuthors.join(', ')}`,
    });

  return {
    site,
    articles,
    pages: plannedPages,
    sections,
    authors,
    newAddressOf,
    newPathOfId,
    oldUrls,
    redirects: redirects.filter((redirect) => {
      // An old address that is a live page now answers for itself; it cannot also redirect.
      const live = livePaths.has(redirect.from) || isFixedAddress(redirect.from) || !SITE_PATH.test(redirect.from);
      if (live)
        problems.push({
          severity: 'warning',
          message: `the old URL ${redirect.from} cannot redirect to ${redirect.to}: it is ${SITE_PATH.test(redirect.from) ? 'a page of the new site' : 'no address a redirect can hold'}`,
        });
      return !live;
    }),
    problems,
    notImported,
  };
}

/** Whether an address answers, once the items in `leftOut` turned out not to be imported after all. */
export const answersWithout = (address: AddressDependency, leftOut: ReadonlySet<number>): boolean =>
  !address.dependsOn || address.dependsOn.some((id) => !leftOut.has(id));

/**
 * The plan's old URLs and redirects, less those that only items left out answered (an item whose file did
 * not pass the schema, or could not be converted): the URL list must not promise them, and a redirect to
 * a page that does not exist would fail the build.
 */
export function importedAddresses(
  plan: ImportPlan,
  leftOut: ReadonlySet<number>,
): { oldUrls: OldUrl[]; redirects: { from: string; to: string }[] } {
  return {
    oldUrls: plan.oldUrls
      .filter((url) => answersWithout(url, leftOut))
      .map(({ path, to }) => (to === undefined ? { path } : { path, to })),
    redirects: plan.redirects
      .filter((redirect) => answersWithout(redirect, leftOut))
      .map(({ from, to }) => ({ from, to })),
  };
}
