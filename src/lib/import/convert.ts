/**
 * One WordPress post or page as the Dateline file the plan decided on: frontmatter in the schema's
 * fields and order, the body as Markdown, the images to copy beside it, and what the report must say
 * about it. Also the files of the whole import: sections, authors, content/redirects.yaml and the old
 * site's URL list.
 */
import yaml from 'js-yaml';
import { zonedIsoString } from '../content/dates.ts';
import { parseEntryList, REDIRECT_LIST } from '../content/entry-list.ts';
import type { ExportIndex } from './export-index.ts';
import { isImageFile, localImageName, originalOfResized, uploadPathOf, type Attachment } from './images.ts';
import { oldSitePath, oldUrlManifest, type OldUrl } from './old-urls.ts';
import { answersWithout, type ImportPlan, type NewAddress, type PlannedArticle, type PlannedPage } from './plan.ts';
import { plainText } from './text.ts';
import type { ReportProblem } from './report.ts';
import { seoFields, seoOutcome } from './seo.ts';
import { wordpressBodyToMarkdown, type BodyResolver } from './wp-body.ts';
import type { WxrItem, WxrSite } from './wxr-reader.ts';

export interface OutputFile {
  /** Relative to the content folder: `articles/2019/slug.md`. */
  path: string;
  content: string;
}

export interface ImageCopy {
  /** Relative to the uploads folder: `2019/05/bridge.jpg`. */
  from: string;
  /** Relative to the content folder. */
  to: string;
}

export interface ItemOutput {
  file: OutputFile;
  images: ImageCopy[];
  problems: ReportProblem[];
  /** For each link of the body that leads to an imported item's address, the items it depends on (dependsOn). */
  links: (readonly number[])[];
}

export interface ConvertOptions {
  timeZone: string;
  embedHosts: readonly string[];
  /** Whether an upload (its path under the uploads folder) can be copied: true, or why not. Absent without --uploads. */
  upload?: (uploadPath: string) => true | string;
}

/** YAML as an editor would write it: no line folding, keys in the order given. */
export function markdownFile(frontmatter: Record<string, unknown>, body = ''): string {
  const head = yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"' });
  return `---\n${head}---\n${body ? `\n${body}` : ''}`;
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

export class ItemConverter {
  private readonly index: ExportIndex;
  private readonly plan: ImportPlan;
  private readonly options: ConvertOptions;
  private readonly siteHosts: string[];
  /** Copy target → the upload it holds: two uploads never share a name in one folder. */
  private readonly targets = new Map<string, string>();
  private readonly copies = new Map<string, string>();
  /** Items the plan imports whose file was not written after all: links to them stay as they were. */
  private readonly leftOut = new Set<number>();

  constructor(index: ExportIndex, plan: ImportPlan, options: ConvertOptions) {
    this.index = index;
    this.plan = plan;
    this.options = options;
    const hosts = [plan.site.link, plan.site.baseSiteUrl, plan.site.baseBlogUrl].flatMap((url) => {
      try {
        return [new URL(url).host];
      } catch {
        return [];
      }
    });
    this.siteHosts = [...new Set(hosts)];
  }

  /**
   * An item the plan imports whose file is not written after all: no link of a body converted from now on
   * leads to its address. A body converted before leads there: leadsToLeftOut says so, to convert it again.
   */
  leaveOut(id: number): void {
    this.leftOut.add(id);
  }

  /** Whether one of an output's links leads to an address that only items left out answered. */
  leadsToLeftOut(links: ItemOutput['links']): boolean {
    return links.some((dependsOn) => !answersWithout({ dependsOn }, this.leftOut));
  }

  /** Where an upload goes beside a file in `folder`, claimed for it alone. */
  private target(folder: string, uploadPath: string): string {
    const key = `${folder}\n${uploadPath}`;
    const known = this.copies.get(key);
    if (known) return known;
    const name = localImageName(uploadPath);
    const dot = name.lastIndexOf('.');
    let candidate = `${folder}/images/${name}`;
    for (let number = 2; this.targets.has(candidate); number += 1)
      candidate = `${folder}/images/${name.slice(0, dot)}-${number}${name.slice(dot)}`;
    this.targets.set(candidate, uploadPath);
    this.copies.set(key, candidate);
    return candidate;
  }

  /** An image's address → the copy beside the file in `folder`, or why it stays where it was. */
  private image(src: string, folder: string, images: ImageCopy[]): { src: string } | { missing: string } {
    const uploadPath = uploadPathOf(src, this.siteHosts);
    if (!uploadPath) return { missing: 'is not an upload of the old site' };
    if (!isImageFile(uploadPath))
      return { missing: 'is not a kind of image Dateline can serve (JPEG, PNG, WebP, GIF, AVIF, TIFF, SVG)' };
    if (!this.options.upload) return { missing: 'was not copied (no --uploads folder was given)' };
    const original = originalOfResized(uploadPath);
    let why = '';
    for (const candidate of original ? [original, uploadPath] : [uploadPath]) {
      const found = this.options.upload(candidate);
      if (found === true) {
        const to = this.target(folder, candidate);
        images.push({ from: candidate, to });
        return { src: `./${to.slice(folder.length + 1)}` };
      }
      why ||= found;
    }
    return { missing: why };
  }

  private resolver(item: WxrItem, folder: string, images: ImageCopy[], links: ItemOutput['links']): BodyResolver {
    const home = this.plan.site.link || this.plan.site.baseBlogUrl;
    return {
      image: (src) => this.image(src, folder, images),
      attachment: (id) => this.index.attachments.get(id),
      attachedImages: () => this.index.attachedImages(item.id),
      embedHosts: this.options.embedHosts,
      link: (href) => {
        let url: URL;
        try {
          url = new URL(href, home);
        } catch {
          return href;
        }
        if (!this.siteHosts.includes(url.host)) return href;
        const id = Number(url.searchParams.get('p') ?? url.searchParams.get('page_id') ?? Number.NaN);
        const byId = Number.isInteger(id) ? this.plan.newPathOfId.get(id) : undefined;
        let now: NewAddress | undefined;
        if (byId) now = { path: byId, dependsOn: [id] };
        else {
          const old = oldSitePath(`${url.origin}${url.pathname}`, home);
          now = 'path' in old ? this.plan.newAddressOf.get(old.path) : undefined;
        }
        if (!now || !answersWithout(now, this.leftOut)) return href;
        if (now.dependsOn) links.push(now.dependsOn);
        return `${now.path}${url.hash}`;
      },
    };
  }

  /** The file of an item the plan imports; undefined for any other item. */
  convert(item: WxrItem): ItemOutput | undefined {
    const article = this.plan.articles.get(item.id);
    if (article && item.postType === 'post') return this.article(item, article);
    const page = this.plan.pages.get(item.id);
    if (page && item.postType === 'page') return this.page(item, page);
    return undefined;
  }

  private problemsOf(item: WxrItem, title: string, file: string, messages: Iterable<string>): ReportProblem[] {
    return [...messages].map((message) => ({
      severity: 'warning',
      id: item.id,
      type: item.postType,
      title,
      message,
      file,
    }));
  }

  private article(item: WxrItem, article: PlannedArticle): ItemOutput {
    const folder = folderOf(article.file);
    const images: ImageCopy[] = [];
    const links: ItemOutput['links'] = [];
    const messages: string[] = [];
    const body = wordpressBodyToMarkdown(item.content, this.resolver(item, folder, images, links));
    messages.push(...body.warnings);
    const excerpt = plainText(item.excerpt);
    const seo = seoOutcome(seoFields(item), article.headline, excerpt);
    messages.push(...seo.warnings);
    const dek = excerpt || seo.description;
    const image = this.featuredImage(item, folder, images, messages, article.headline);
    if (!body.markdown.trim()) messages.push('has no text: its body is empty');
    const frontmatter: Record<string, unknown> = {
      headline: article.headline,
      ...(dek ? { dek } : {}),
      byline: article.byline.length === 1 ? article.byline[0] : article.byline,
      publishedAt: zonedIsoString(article.publishedAt, this.options.timeZone),
      ...(article.updatedAt ? { updatedAt: zonedIsoString(article.updatedAt, this.options.timeZone) } : {}),
      section: article.section,
      ...(article.tags.length > 0 ? { tags: article.tags } : {}),
      ...(image ? { image } : {}),
      ...(article.state === 'draft' ? { draft: true } : {}),
      ...(article.aliases.length > 0 ? { aliases: article.aliases } : {}),
    };
    return {
      file: { path: article.file, content: markdownFile(frontmatter, body.markdown) },
      images,
      problems: this.problemsOf(item, article.headline, article.file, messages),
      links,
    };
  }

  /** The post's featured image (`_thumbnail_id`) as the article's `image`, when its file is in the uploads folder. */
  private featuredImage(
    item: WxrItem,
    folder: string,
    images: ImageCopy[],
    messages: string[],
    headline: string,
  ): Record<string, string> | undefined {
    const id = Number(item.meta.find((entry) => entry.key === '_thumbnail_id')?.value ?? Number.NaN);
    if (!Number.isInteger(id) || id <= 0) return undefined;
    const attachment: Attachment | undefined = this.index.attachments.get(id);
    if (!attachment) {
      messages.push(`its featured image (attachment ${id}) is not in the export; it has no image`);
      return undefined;
    }
    const found = this.image(attachment.url, folder, images);
    if ('missing' in found) {
      messages.push(
        `its featured image ${attachment.url} ${found.missing}: it has no image (an article's image must be a file beside it)`,
      );
      return undefined;
    }
    let alt = attachment.alt;
    if (!alt) {
      alt = attachment.caption || attachment.title || headline;
      messages.push(
        `its featured image has no alt text; "${alt}" stands in for it: describe the picture for readers who cannot see it`,
      );
    }
    return {
      src: found.src,
      alt,
      ...(attachment.caption ? { caption: attachment.caption } : {}),
      ...(attachment.credit ? { credit: attachment.credit } : {}),
    };
  }

  private page(item: WxrItem, page: PlannedPage): ItemOutput {
    const images: ImageCopy[] = [];
    const links: ItemOutput['links'] = [];
    const messages: string[] = [];
    const body = wordpressBodyToMarkdown(item.content, this.resolver(item, 'pages', images, links));
    messages.push(...body.warnings);
    const excerpt = plainText(item.excerpt);
    const seo = seoFields(item);
    // A page has a description of its own: the SEO description is the better one, the excerpt the fallback.
    const outcome = seoOutcome(seo, page.title, '');
    messages.push(...outcome.warnings);
    const description = outcome.description || excerpt;
    if (item.meta.some((entry) => entry.key === '_thumbnail_id'))
      messages.push('its featured image is not kept: standing pages have no image');
    if (!body.markdown.trim()) messages.push('has no text: its body is empty');
    const frontmatter: Record<string, unknown> = {
      title: page.title,
      ...(description ? { description } : {}),
      ...(page.order !== undefined ? { order: page.order } : {}),
      ...(page.updatedAt ? { updatedAt: zonedIsoString(page.updatedAt, this.options.timeZone) } : {}),
    };
    return {
      file: { path: page.file, content: markdownFile(frontmatter, body.markdown) },
      images,
      problems: this.problemsOf(item, page.title, page.file, messages),
      links,
    };
  }
}

/** The files of the whole import beside the items': a file per section and per author. */
export function siteFiles(plan: ImportPlan): OutputFile[] {
  return [
    ...plan.sections.map((section) => ({
      path: `sections/${section.id}.md`,
      content: markdownFile({
        name: section.name,
        ...(section.description ? { description: plainText(section.description) } : {}),
      }),
    })),
    ...plan.authors.map((author) => ({
      path: `authors/${author.id}.md`,
      content: markdownFile({ name: author.name }),
    })),
  ];
}

/**
 * content/redirects.yaml with the import's redirects (archives, the feed, moved pages) added: an old
 * address the file already redirects is left as the editors wrote it, and their text, comments included,
 * is kept as it is, so a second import of the same export changes nothing. A file that is no list of
 * redirects is left alone: the import says so rather than add to what it cannot read.
 */
export function redirectsYaml(
  redirects: readonly { from: string; to: string }[],
  existing?: string,
): { content: string } | { problem: string } {
  const parsed = existing === undefined ? { items: [] } : parseEntryList(existing, REDIRECT_LIST);
  if ('problem' in parsed) return { problem: `line ${parsed.problem.line}: ${parsed.problem.message}` };
  const known = new Set(parsed.items.map((item) => (item.data as { from?: unknown } | null)?.from));
  const added = redirects.filter((redirect) => !known.has(redirect.from));
  if (existing !== undefined && added.length === 0) return { content: existing };
  const head =
    existing === undefined
      ? '# Old addresses of the site this newsroom moved from, each with the page that answers it now.\n'
      : existing.replace(/\n*$/, '\n');
  return { content: `${head}${added.length > 0 ? yaml.dump(added, { lineWidth: -1, quotingType: '"' }) : ''}` };
}

/** The old site's URLs (importedAddresses), in the format of a Dateline build's urls.json. */
export function oldUrlList(site: WxrSite, urls: readonly OldUrl[]): string {
  return `${JSON.stringify(oldUrlManifest(site.link || site.baseBlogUrl, urls), null, 2)}\n`;
}
