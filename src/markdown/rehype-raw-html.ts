import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit, EXIT } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Parses the raw HTML an editor wrote into the body (so it can be sanitized next), like rehype-raw, but
 * only when there is some: re-parsing a whole article through an HTML parser is the costliest step of the
 * Markdown pipeline, and most articles have no raw HTML at all.
 */
export function rehypeRawHtml() {
  return (tree: Root, file: VFile): Root => {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    return found ? (raw(tree, { file }) as Root) : tree;
  };
}
