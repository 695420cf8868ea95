import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Dateline's finishing pass over every article body:
 * - links to other sites get `rel="external noopener noreferrer"`, so no referrer leaks to them;
 * - images load lazily and decode off the main thread, so the text comes first;
 * - wide tables scroll inside a labelled, keyboard-focusable region instead of breaking the phone layout;
 * - the frontmatter's `dateline` opens the first paragraph, as in print: "PORT MERIDIAN — The mayor said…".
 */
export function rehypeArticleBody(options: { origin: string }) {
  const ownHost = new URL(options.origin).host;
  return (tree: Root, file: VFile) => {
    const dateline = (file.data.astro as { frontmatter?: { dateline?: unknown } } | undefined)?.frontmatter?.dateline;
    const lead = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'p');
    if (typeof dateline === 'string' && dateline.trim() && lead) {
      lead.children.unshift(
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['dateline'] },
          children: [{ type: 'text', value: `${dateline.trim()} —` }],
        },
        { type: 'text', value: ' ' },
      );
    }
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        const href = node.properties.href;
        if (/^https?:\/\//i.test(href) && new URL(href).host !== ownHost) {
          node.properties.rel = ['external', 'noopener', 'noreferrer'];
        }
      } else if (node.tagName === 'img') {
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      } else if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', ariaLabel: 'Table', tabIndex: 0 },
          children: [node],
        };
        return 'skip';
      }
      return undefined;
    });
  };
}
