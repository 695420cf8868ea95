import type { Break, FootnoteReference, Image, ImageReference, InlineCode, Parents, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { LOOKAHEAD, smartenPiece } from './typography.ts';

const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** Stands for an image or a footnote mark to the quotes beside it: a word, not the edge of the text. */
const OBJECT = '\uFFFC';

/** A run of a block's inline content: a text to smarten, or what its neighbours see of code, a break or an image. */
interface Piece {
  node?: Text;
  value: string;
}

/**
 * Smartens the text of one block, giving each piece the character before it and the start of the text
 * after it, across emphasis, links and code, so the quotes around them curl the right way.
 */
function smartenBlock(pieces: Piece[]): void {
  const afters: string[] = [];
  let after = '';
  for (let index = pieces.length - 1; index >= 0; index -= 1) {
    afters[index] = after;
    const { value } = pieces[index]!;
    after = value.length >= LOOKAHEAD ? value.slice(0, LOOKAHEAD) : value + after.slice(0, LOOKAHEAD - value.length);
  }
  let before = '';
  pieces.forEach(({ node, value }, index) => {
    if (node) {
      const result = smartenPiece(value, before, afters[index]);
      node.value = result.text;
      before = result.last;
    } else {
      before = value.at(-1) ?? before;
    }
  });
}

/**
 * Typographic quotes, dashes and ellipses in article bodies (see typography.ts). Code is left alone,
 * and a quote split from its word by emphasis or a link still curls the right way.
 */
export function remarkTypography() {
  return (tree: Root) => {
    let block: Parents | undefined;
    let pieces: Piece[] = [];
    visitParents(
      tree,
      ['text', 'inlineCode', 'break', 'image', 'imageReference', 'footnoteReference'] as const,
      (node: Text | InlineCode | Break | Image | ImageReference | FootnoteReference, ancestors: Parents[]) => {
        const nearestBlock = ancestors.findLast((ancestor) => !INLINE_CONTAINERS.has(ancestor.type));
        if (nearestBlock !== block) {
          smartenBlock(pieces);
          block = nearestBlock;
          pieces = [];
        }
        if (node.type === 'text') pieces.push({ node, value: node.value });
        else if (node.type === 'inlineCode') pieces.push({ value: node.value });
        else pieces.push({ value: node.type === 'break' ? ' ' : OBJECT });
      },
    );
    smartenBlock(pieces);
  };
}
