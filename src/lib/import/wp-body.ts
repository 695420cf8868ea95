/**
 * A WordPress post's HTML as Dateline Markdown, through the unified ecosystem: the block editor's
 * comments taken out (or the classic editor's paragraphs made, by wpautop), shortcodes expanded, then
 * rehype-parse → the WordPress-specific rewrites below → rehype-remark → remark-stringify with GFM.
 *
 * The rewrites: images found in the uploads folder point at their copy beside the article, and those
 * that are not stay links to where they were; embeds become the iframes Dateline allows or links;
 * links to the old site's posts and pages lead to their new addresses; figures keep their captions
 * (Markdown has none: a <figure> around the Markdown image, which Dateline's sanitizer allows); and
 * what Dateline never serves (scripts, styles, forms) is taken out. Whatever is not carried over as it
 * was is said in `warnings`, for the report.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Handle, State } from 'hast-util-to-mdast';
import type { Html, Nodes as MdastNodes, RootContent as MdastContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { embedFor, embedProvider } from './embeds.ts';
import type { Attachment } from './images.ts';
import { expandShortcodes } from './shortcodes.ts';
import { decodeSlug } from './slugs.ts';
import { escapeHtml, escapeHtmlAttribute } from './text.ts';
import { wpautop } from './wpautop.ts';

export interface BodyResolver {
  /** An image's address in the post → its path beside the article (`./images/…`), or why it stays a link. */
  image(src: string): { src: string } | { missing: string };
  attachment(id: number): Attachment | undefined;
  /** The images attached to the post, for a `[gallery]` without ids. */
  attachedImages(): Attachment[];
  /** A link's address now: a post or page of the old site → its Dateline address; anything else as it is. */
  link(href: string): string;
  /** Hosts whose iframes Dateline embeds (site.embedHosts). */
  embedHosts: readonly string[];
}

export interface BodyResult {
  markdown: string;
  warnings: string[];
}

/** `<!-- wp:paragraph -->`, `<!-- /wp:image -->`, `<!-- wp:latest-posts {"postsToShow":5} /-->`. */
const BLOCK_COMMENT = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)(?:\s+(\{[\s\S]*?\}))?\s+(\/)?-->/g;

/** Blocks without HTML of their own that say nothing readers miss when they go. */
const EMPTY_BLOCKS_WITHOUT_LOSS = new Set(['more', 'nextpage', 'spacer', 'separator']);

/**
 * Text between blocks is a classic block, whose paragraphs the block editor makes with wpautop when it
 * opens the post, whether or not it has a <p> already (wpautop leaves one alone). A block's own HTML
 * (`depth` > 0) has its paragraphs, and never goes through wpautop.
 */
const classicOrBlockHtml = (html: string, depth: number): string => (depth === 0 && html.trim() ? wpautop(html) : html);

/**
 * The block editor's HTML without its comments. A self-closing block is rendered by PHP on each view
 * (latest posts, a search box): it has nothing to carry over, and is named.
 */
function withoutBlockComments(html: string, warnings: Set<string>): string {
  let depth = 0;
  let last = 0;
  let out = '';
  for (const match of html.matchAll(BLOCK_COMMENT)) {
    const [whole, closing, name, , selfClosing] = match;
    out += classicOrBlockHtml(html.slice(last, match.index), depth);
    last = match.index + whole.length;
    if (selfClosing) {
      if (!EMPTY_BLOCKS_WITHOUT_LOSS.has(name!))
        warnings.add(
          `the block "wp:${name}" is drawn by WordPress on each view and has no content to import; left out`,
        );
      if (name === 'nextpage') out += '<hr>';
    } else if (closing) depth = Math.max(0, depth - 1);
    else depth += 1;
  }
  return out + classicOrBlockHtml(html.slice(last), depth);
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: 'text', value });

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? (value as string).split(/\s+/) : [];
};

function textContent(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textContent).join('');
  return '';
}

const isElement = (node: RootContent | ElementContent | undefined, tagName?: string): node is Element =>
  node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

/** Elements Dateline never serves in a body: taken out, and named in the report. */
const REMOVED: Record<string, string> = {
  script: 'a script',
  style: 'a style sheet',
  form: 'a form',
  object: 'an <object> plug-in',
  embed: 'an <embed> plug-in',
  applet: 'an applet',
  input: 'a form field',
  button: 'a button',
  select: 'a form field',
  textarea: 'a form field',
};

class BodyRewriter {
  private readonly resolver: BodyResolver;
  private readonly warnings: Set<string>;

  constructor(resolver: BodyResolver, warnings: Set<string>) {
    this.resolver = resolver;
    this.warnings = warnings;
  }

  walk(parent: Root | Element): void {
    const children: RootContent[] = [];
    for (const child of parent.children) children.push(...this.rewrite(child, parent));
    parent.children = children as typeof parent.children;
  }

  /** What an embedded URL becomes: an iframe Dateline allows, or a link, which the report names. */
  embed(url: string, title?: string): Element {
    const embed = embedFor(url, this.resolver.embedHosts, title);
    if (!embed) return element('p', {}, [text(url)]);
    if (embed.kind === 'iframe') return element('iframe', { src: embed.src, title: embed.title }, []);
    this.warnings.add(
      `an embed from ${embed.provider} (${embed.url}) is a link now: Dateline embeds only ${this.resolver.embedHosts.join(', ')}`,
    );
    return element('p', {}, [element('a', { href: embed.url }, [text(embed.url)])]);
  }

  rewrite(node: RootContent, parent: Root | Element): RootContent[] {
    if (node.type === 'comment') return node.value.trim() === 'nextpage' ? [element('hr', {}, [])] : [];
    if (node.type !== 'element') return [node];
    const tag = node.tagName;
    if (tag in REMOVED) {
      this.warnings.add(`${REMOVED[tag]} (<${tag}>) was taken out: Dateline never serves one in a story`);
      return [];
    }
    if (tag === 'iframe') {
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const title = typeof node.properties.title === 'string' ? node.properties.title : undefined;
      if (!src) return [];
      const embed = this.embed(src, title);
      return parent.type === 'element' && parent.tagName === 'p' && embed.tagName === 'p' ? embed.children : [embed];
    }
    if (tag === 'img') return this.image(node, parent);
    if (
      tag === 'figure' &&
      (classes(node).includes('wp-block-embed') || classes(node).some((name) => name.startsWith('is-provider-')))
    ) {
      return [this.embedFigure(node)];
    }
    if (tag === 'p') {
      const only = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
      const [first] = only;
      const url = only.length === 1 && first?.type === 'text' ? first.value.trim() : '';
      // WordPress embeds a URL that stands alone on its line, when it knows the site.
      if (url && !/\s/.test(url) && embedProvider(url)) {
        const embed = this.embed(url);
        return [embed.tagName === 'p' ? embed : element('p', {}, [embed])];
      }
    }
    if (tag === 'ul' && classes(node).includes('blocks-gallery-grid')) {
      // The block editor's older galleries: a list of figures, each a gallery item.
      this.walk(node);
      return node.children.flatMap((item) => (isElement(item, 'li') ? item.children : []));
    }
    this.walk(node);
    if (tag === 'a') return this.link(node);
    if (tag === 'figure') this.credit(node);
    return [node];
  }

  embedFigure(figure: Element): Element {
    const caption = figure.children.find((child) => isElement(child, 'figcaption'));
    const iframe = figure.children.find((child) => isElement(child, 'iframe'));
    const url = (
      iframe && isElement(iframe)
        ? String(iframe.properties.src ?? '')
        : textContent(figure.children.find((child) => isElement(child, 'div')) ?? figure)
    ).trim();
    const embed = this.embed(url.split(/\s+/)[0] ?? '');
    if (caption && isElement(caption)) this.walk(caption);
    return element('figure', {}, [embed, ...(caption ? [caption] : [])]);
  }

  attachmentOf(img: Element, parent: Root | Element): Attachment | undefined {
    const id =
      /^wp-image-(\d+)$/.exec(classes(img).find((name) => name.startsWith('wp-image-')) ?? '')?.[1] ??
      (parent.type === 'element' ? String(parent.properties.dataWpAttachment ?? '') : '');
    return id ? this.resolver.attachment(Number(id)) : undefined;
  }

  image(img: Element, parent: Root | Element): ElementContent[] {
    const src = String(img.properties.src ?? '').trim();
    if (!src) return [];
    const attachment = this.attachmentOf(img, parent);
    const alt = String(img.properties.alt ?? '').trim() || attachment?.alt || '';
    const found = this.resolver.image(src);
    if ('missing' in found) {
      this.warnings.add(`image ${src} ${found.missing}: left as a link to where it was`);
      const path = URL.canParse(src, 'https://x.invalid/') ? new URL(src, 'https://x.invalid/').pathname : src;
      const name = decodeSlug(path.split('/').pop() || '') || 'image';
      return [element('a', { href: src }, [text(alt ? `Image: ${alt}` : `Image: ${name}`)])];
    }
    const title = typeof img.properties.title === 'string' ? img.properties.title : undefined;
    return [element('img', { src: found.src, alt, ...(title ? { title } : {}), dataWpAttachment: attachment?.id }, [])];
  }

  /** A link now leads where its page is now; a link around an image to the image file itself goes, as the image is here now. */
  link(anchor: Element): RootContent[] {
    const href = typeof anchor.properties.href === 'string' ? anchor.properties.href : undefined;
    const meaningful = anchor.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
    const [only] = meaningful;
    if (
      href &&
      meaningful.length === 1 &&
      isElement(only, 'img') &&
      String(only.properties.src).startsWith('./') &&
      (/\/wp-content\/uploads\//.test(href) || /[?&]attachment_id=|\/attachment\//.test(href))
    )
      return [only];
    if (href) anchor.properties = { ...anchor.properties, href: this.resolver.link(href) };
    return [anchor];
  }

  /** A figure's picture's credit joins its caption, unless the caption says it already. */
  credit(figure: Element): void {
    const img = figure.children.find((child) => isElement(child, 'img')) as Element | undefined;
    const id = img?.properties.dataWpAttachment;
    const credit = id === undefined ? '' : (this.resolver.attachment(Number(id))?.credit ?? '');
    if (!credit) return;
    let caption = figure.children.find((child) => isElement(child, 'figcaption')) as Element | undefined;
    if (caption && textContent(caption).includes(credit)) return;
    if (!caption) {
      caption = element('figcaption', {}, []);
      figure.children.push(caption);
    }
    caption.children.push(text(' '), element('small', {}, [text(credit)]));
  }
}

const html = (value: string): Html => ({ type: 'html', value });

const FLOW_TYPES = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table', 'code', 'thematicBreak']);

/** A caption's words in one paragraph, its small-print credit included (toFlow would give the credit a paragraph of its own). */
function captionContent(state: State, caption: Element): MdastContent[] {
  const nodes = state.all(caption);
  if (nodes.some((node) => FLOW_TYPES.has(node.type))) return state.toFlow(nodes);
  const meaningful = nodes.filter((node) => !(node.type === 'text' && !node.value.trim()));
  return meaningful.length > 0 ? [{ type: 'paragraph', children: nodes } as MdastContent] : [];
}

/** A figure with a caption keeps both: Markdown between `<figure>` and `<figcaption>` lines, which Dateline's pipeline reads as one figure. */
const figureHandler: Handle = (state: State, node: Element) => {
  const caption = node.children.find((child) => isElement(child, 'figcaption'));
  const body = state.toFlow(state.all({ ...node, children: node.children.filter((child) => child !== caption) }));
  const captionFlow = caption && isElement(caption) ? captionContent(state, caption) : [];
  if (captionFlow.length === 0 || classes(node).includes('wp-block-gallery')) return body;
  return [
    html('<figure>'),
    ...body,
    html('<figcaption>'),
    ...captionFlow,
    html('</figcaption>\n</figure>'),
  ] as MdastContent[];
};

/** An iframe stays one, on a line of its own, for Dateline's embed pass: rehype-remark would make it a link. */
const iframeHandler: Handle = (_state: State, node: Element) =>
  html(
    `<iframe src="${escapeHtmlAttribute(String(node.properties.src))}" title="${escapeHtmlAttribute(String(node.properties.title ?? ''))}"></iframe>`,
  );

/** A credit stays small print (`<small>`, which Dateline's sanitizer allows): rehype-remark would drop the element. */
const smallHandler: Handle = (_state: State, node: Element) => html(`<small>${escapeHtml(textContent(node))}</small>`);

const htmlParser = unified().use(rehypeParse, { fragment: true });
const markdownWriter = unified()
  .use(rehypeRemark, { handlers: { figure: figureHandler, iframe: iframeHandler, small: smallHandler } })
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    resourceLink: true,
  });

/** WordPress content (`content:encoded`) as Dateline Markdown, with what could not be carried over as it was. */
export function wordpressBodyToMarkdown(content: string, resolver: BodyResolver): BodyResult {
  const warnings = new Set<string>();
  // Classic content always goes through wpautop, as WordPress shows it; block content only between its blocks.
  const isBlockContent = /<!--\s+wp:/.test(content);
  const expanded = expandShortcodes(content, resolver);
  for (const name of new Set(expanded.kept))
    warnings.add(`the shortcode [${name}] is kept as text: Dateline has nothing that draws it`);
  for (const id of expanded.missingAttachments)
    warnings.add(`a gallery names attachment ${id}, which is not in the export; left out of the gallery`);
  const markup = isBlockContent ? withoutBlockComments(expanded.html, warnings) : wpautop(expanded.html);
  const tree = htmlParser.parse(markup);
  new BodyRewriter(resolver, warnings).walk(tree);
  const mdast = markdownWriter.runSync(tree) as MdastNodes;
  const markdown = markdownWriter.stringify(mdast as never).trim();
  return { markdown: markdown ? `${markdown}\n` : '', warnings: [...warnings] };
}
