import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { formatDateTime, zonedIsoString } from '../lib/content/dates.ts';
import { readUpdateHeading, updateAnchors, type UpdateHeading } from '../lib/content/live-updates.ts';

/**
 * Lays out a live story's body (`type: live`; the format is described in src/lib/content/live-updates.ts):
 * the intro stays as written, then a labelled "Updates" section holds one `<article>` per update, newest
 * first, each opening with its time as a link to its own anchor and, when the heading names one, its
 * author's id (the page swaps in the author's name: this pass runs on a render worker, which has no author
 * list). The anchors are the ones readLiveUpdates gives the same body, so structured data links to them.
 *
 * A heading that is not a valid update heading stays an ordinary heading: the build reports it from
 * readLiveUpdates, and a page must still render. Only headings of plain text count, as only they read
 * the same in the Markdown source that readLiveUpdates scans.
 */
export function rehypeLiveUpdates(options: { timeZone: string; locale: string }) {
  return (tree: Root, file: VFile) => {
    const type = (file.data.astro as { frontmatter?: { type?: unknown } } | undefined)?.frontmatter?.type;
    if (type !== 'live') return;
    const anchorOf = updateAnchors();
    const intro: RootContent[] = [];
    const updates: { heading: UpdateHeading; anchor: string; content: ElementContent[] }[] = [];
    for (const node of tree.children) {
      const heading = updateHeadingOf(node, options.timeZone);
      if (heading) updates.push({ heading, anchor: anchorOf(heading.time), content: [] });
      else if (updates.length > 0) updates.at(-1)!.content.push(node as ElementContent);
      else intro.push(node);
    }
    if (updates.length === 0) return;
    tree.children = [
      ...intro,
      element('section', { className: ['live-updates'], ariaLabelledBy: ['live-updates-title'] }, [
        text('\n'),
        element('h2', { id: 'live-updates-title' }, [text('Updates')]),
        ...updates
          .toReversed()
          .flatMap(({ heading, anchor, content }) => [text('\n'), updateArticle(heading, anchor, content, options)]),
        text('\n'),
      ]),
    ];
  };
}

/** The update a top-level h2 of plain text opens, if it is a valid update heading. */
function updateHeadingOf(node: RootContent, timeZone: string): UpdateHeading | undefined {
  if (node.type !== 'element' || node.tagName !== 'h2') return undefined;
  if (!node.children.every((child) => child.type === 'text')) return undefined;
  const read = readUpdateHeading(
    node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''),
    timeZone,
  );
  return read && !('problem' in read) ? read : undefined;
}

function updateArticle(
  heading: UpdateHeading,
  anchor: string,
  content: ElementContent[],
  { timeZone, locale }: { timeZone: string; locale: string },
): Element {
  const time = element('a', { className: ['live-update__time'], id: `${anchor}-time`, href: `#${anchor}` }, [
    element('time', { dateTime: zonedIsoString(heading.time, timeZone) }, [
      text(formatDateTime(heading.time, timeZone, locale)),
    ]),
  ]);
  const author = heading.author
    ? [
        text(' '),
        element('span', { className: ['live-update__author'], dataAuthor: heading.author }, [text(heading.author)]),
      ]
    : [];
  // The line breaks between blocks are the parser's; the edges of an update get the same ones wherever it was in the file.
  const start = content.findIndex((node) => !isWhitespace(node));
  const end = content.findLastIndex((node) => !isWhitespace(node));
  return element('article', { className: ['live-update'], id: anchor, ariaLabelledBy: [`${anchor}-time`] }, [
    element('p', { className: ['live-update__meta'] }, [time, ...author]),
    text('\n'),
    ...content.slice(start, end + 1),
    text('\n'),
  ]);
}

const isWhitespace = (node: ElementContent) => node.type === 'text' && !node.value.trim();

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
