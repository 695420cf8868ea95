import type { Break, InlineCode, Parents, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { smartenPiece } from './typography.ts';

const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Typographic quotes, dashes and ellipses in article bodies (see typography.ts). Code is left alone,
 * and a quote split from its word by emphasis or a link still curls the right way.
 */
export function remarkTypography() {
  return (tree: Root) => {
    let block: Parents | undefined;
    let before = '';
    visitParents(
      tree,
      ['text', 'inlineCode', 'break'] as const,
      (node: Text | InlineCode | Break, ancestors: Parents[]) => {
        const nearestBlock = [...ancestors].reverse().find((ancestor) => !INLINE_CONTAINERS.has(ancestor.type));
        if (nearestBlock !== block) {
          block = nearestBlock;
          before = '';
        }
        if (node.type === 'text') {
          const result = smartenPiece(node.value, before);
          node.value = result.text;
          before = result.last;
        } else if (node.type === 'inlineCode') {
          before = node.value.at(-1) ?? before;
        } else {
          before = ' ';
        }
      },
    );
  };
}
