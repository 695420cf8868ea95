import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Turns iframes in article bodies into privacy-respecting embeds: nothing loads from the other site until
 * the reader asks. An iframe from an allowed host becomes a figure whose link a small script swaps for a
 * sandboxed iframe on click (and which still works as a link without JavaScript); an iframe from any
 * other host becomes a plain link, so what the editor embedded is never silently lost. An iframe without
 * an https address (what sanitizing leaves of a `javascript:` one) has nothing to link to and is removed.
 */
export function rehypeEmbeds(options: { hosts: readonly string[] }) {
  return (tree: Root) => {
    visit(tree, ['root', 'element'] as const, (node: Root | Element) => {
      const paragraph = node.type === 'element' && node.tagName === 'p';
      const sole = paragraph ? soleIframe(node) : undefined;
      if (sole) {
        // A paragraph holding just an iframe (how Markdown parses one on its own line) becomes the embed itself.
        const embed = embedFor(sole, options.hosts);
        if (embed) Object.assign(node, embed);
        else node.children = [];
        return 'skip';
      }
      const children: RootContent[] = node.children.flatMap((child: RootContent): RootContent[] => {
        if (!isIframe(child)) return [child];
        const source = iframeSource(child);
        if (!source) return [];
        if (paragraph) return [linkTo(source, false)];
        return [embedFor(child, options.hosts)!];
      });
      node.children = children as typeof node.children;
      return undefined;
    });
  };
}

interface IframeSource {
  src: string;
  host: string;
  title: string;
}

function isIframe(node: RootContent): node is Element {
  return node.type === 'element' && node.tagName === 'iframe';
}

function soleIframe(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  const [only] = meaningful;
  return meaningful.length === 1 && only && isIframe(only) ? only : undefined;
}

function iframeSource(iframe: Element): IframeSource | undefined {
  const src = typeof iframe.properties.src === 'string' ? iframe.properties.src : '';
  let host: string;
  try {
    const url = new URL(src);
    if (url.protocol !== 'https:') return undefined;
    host = url.host;
  } catch {
    return undefined;
  }
  const title =
    typeof iframe.properties.title === 'string' && iframe.properties.title.trim()
      ? iframe.properties.title.trim()
      : `Content from ${host}`;
  return { src, host, title };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function linkTo(source: IframeSource, loadable: boolean): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: source.src,
      rel: ['external', 'noopener', 'noreferrer'],
      ...(loadable && { className: ['embed__load'] }),
    },
    children: [
      text(loadable ? `Load “${source.title}” from ${source.host}` : `${source.title} (opens ${source.host})`),
    ],
  };
}

function embedFor(iframe: Element, hosts: readonly string[]): Element | undefined {
  const source = iframeSource(iframe);
  if (!source) return undefined;
  if (!hosts.includes(source.host))
    return { type: 'element', tagName: 'p', properties: {}, children: [linkTo(source, false)] };
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['embed'], dataEmbedSrc: source.src, dataEmbedTitle: source.title },
    children: [
      linkTo(source, true),
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [text(`Loading this shows content from ${source.host}, which may set cookies.`)],
      },
    ],
  };
}
