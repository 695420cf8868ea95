/**
 * What the importer learns from a first read of the export, before it writes anything: the site, its
 * people and categories, every attachment, and a few facts of each post and page (no bodies). A post's
 * featured image, its gallery and a link to a later post all name items further down the file, so the
 * plan (addresses, slugs, sections) is made from the whole export, and bodies are converted on a second read.
 */
import { attachmentOf, type Attachment } from './images.ts';
import { plainText } from './text.ts';
import {
  metaValue,
  type WxrAuthor,
  type WxrCategory,
  type WxrItem,
  type WxrRecord,
  type WxrSite,
} from './wxr-reader.ts';

/** Post types the importer turns into content. */
export const CONTENT_TYPES = ['post', 'page'] as const;

export interface IndexedItem {
  id: number;
  line: number;
  type: string;
  status: string;
  /** Plain text, entities decoded. */
  title: string;
  /** `wp:post_name`, as exported (percent-encoded when not ASCII). */
  postName: string;
  link: string;
  postDate: string;
  postDateGmt: string;
  postModified: string;
  postModifiedGmt: string;
  hasPassword: boolean;
  sticky: boolean;
  parent: number;
  menuOrder: number;
  creator: string;
  /** Category nicenames, in the order the item lists them. */
  categories: { nicename: string; name: string }[];
  tags: { nicename: string; name: string }[];
  /** Co-Authors Plus bylines: `cap-<login>` terms of the `author` taxonomy. */
  coAuthors: { nicename: string; name: string }[];
  /** Other taxonomies' terms, by taxonomy: named in the report. */
  otherTerms: string[];
  /** The primary category Yoast SEO or Rank Math recorded (a term id). */
  primaryCategory?: number;
  /** Slugs the post had before (`_wp_old_slug`): WordPress redirected them, so Dateline keeps them too. */
  oldSlugs: string[];
}

export class ExportIndex {
  site: WxrSite | undefined;
  readonly authors = new Map<string, WxrAuthor>();
  readonly categories = new Map<string, WxrCategory>();
  readonly categoryByTermId = new Map<number, string>();
  /** Co-Authors Plus guest authors: login → display name. */
  readonly guestAuthors = new Map<string, string>();
  readonly attachments = new Map<number, Attachment>();
  /** Posts and pages, in export order. */
  readonly items: IndexedItem[] = [];
  /** Every item by post type, then status. */
  readonly counts: Record<string, Record<string, number>> = {};
  comments = 0;

  add(record: WxrRecord): void {
    switch (record.kind) {
      case 'site':
        this.site = record.site;
        break;
      case 'author':
        if (record.author.login) this.authors.set(record.author.login, record.author);
        break;
      case 'category':
        if (record.category.nicename) {
          this.categories.set(record.category.nicename, {
            ...record.category,
            name: plainText(record.category.name),
            description: plainText(record.category.description),
          });
          if (Number.isInteger(record.category.termId))
            this.categoryByTermId.set(record.category.termId, record.category.nicename);
        }
        break;
      // An item names its tags and other terms itself, with their names.
      case 'tag':
      case 'term':
        break;
      case 'item':
        this.addItem(record.item);
        break;
    }
  }

  private addItem(item: WxrItem): void {
    const type = item.postType || '(no type)';
    const byStatus = (this.counts[type] ??= {});
    byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    this.comments += item.comments;
    if (item.postType === 'attachment') {
      this.attachments.set(item.id, attachmentOf(item));
      return;
    }
    if (item.postType === 'guest-author') {
      const login = metaValue(item, 'cap-user_login');
      if (login) this.guestAuthors.set(login, metaValue(item, 'cap-display_name') || plainText(item.title) || login);
      return;
    }
    if (!(CONTENT_TYPES as readonly string[]).includes(item.postType)) return;
    this.items.push(indexedItem(item));
  }

  private byParent: Map<number, Attachment[]> | undefined;

  /** The images attached to a post, as a gallery without ids shows them. */
  attachedImages(postId: number): Attachment[] {
    if (!this.byParent) {
      // Grouped once, when the first such gallery asks: an archive has tens of thousands of attachments.
      this.byParent = new Map();
      for (const attachment of this.attachments.values()) {
        const siblings = this.byParent.get(attachment.parent) ?? [];
        siblings.push(attachment);
        this.byParent.set(attachment.parent, siblings);
      }
      for (const siblings of this.byParent.values()) siblings.sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id);
    }
    return this.byParent.get(postId) ?? [];
  }
}

const termId = (text: string | undefined): number | undefined => {
  const value = Number(text);
  return text && Number.isInteger(value) && value > 0 ? value : undefined;
};

export function indexedItem(item: WxrItem): IndexedItem {
  const termsOf = (domain: string) =>
    item.terms
      .filter((term) => term.domain === domain)
      .map((term) => ({ nicename: term.nicename, name: plainText(term.name) }));
  return {
    id: item.id,
    line: item.line,
    type: item.postType,
    status: item.status,
    title: plainText(item.title),
    postName: item.postName,
    link: item.link,
    postDate: item.postDate,
    postDateGmt: item.postDateGmt,
    postModified: item.postModified,
    postModifiedGmt: item.postModifiedGmt,
    hasPassword: item.password !== '',
    sticky: item.isSticky,
    parent: item.parent,
    menuOrder: item.menuOrder,
    creator: item.creator,
    categories: termsOf('category'),
    tags: termsOf('post_tag'),
    coAuthors: termsOf('author'),
    otherTerms: item.terms
      .filter((term) => !['category', 'post_tag', 'author', 'post_format'].includes(term.domain))
      .map((term) => term.domain),
    primaryCategory: termId(
      metaValue(item, '_yoast_wpseo_primary_category') ?? metaValue(item, 'rank_math_primary_category'),
    ),
    oldSlugs: item.meta.filter((entry) => entry.key === '_wp_old_slug').map((entry) => entry.value.trim()),
  };
}
