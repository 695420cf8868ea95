/**
 * The links and images an article body points at, with their lines, found by a line scanner rather
 * than a full Markdown parse: the content check reads thousands of bodies in a few seconds.
 * It knows what makes a link not a link: fenced code blocks and inline code spans.
 */
import { siteBase, withoutBase } from '../../lib/urls/permalink.ts';

export interface BodyReference {
  kind: 'link' | 'image';
  /** The destination as written: `/city/2026/…/`, `./images/map.png`, `https://…`. */
  target: string;
  /** 1-based, within the body. */
  line: number;
  column: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_DESTINATION = /\]\(\s*<?([^)\s>]+)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/gi;
const HTML_ATTRIBUTE = /<(a|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']/gi;

/** Blanks inline code spans (keeping columns), so `[x](/y)` inside backticks is not taken for a link. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)[\s\S]*?\1/g, (span) => ' '.repeat(span.length));
}

/** Whether the `](` at `index` closes an image (`![alt](…)`): finds the `[` that opens it. */
function opensImage(line: string, index: number): boolean {
  let depth = 0;
  for (let position = index; position >= 0; position -= 1) {
    const char = line[position];
    if (char === ']') depth += 1;
    else if (char === '[') {
      depth -= 1;
      if (depth === 0) return line[position - 1] === '!';
    }
  }
  return false;
}

export function bodyReferences(markdown: string): BodyReference[] {
  const references: BodyReference[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((rawLine, index) => {
    const line = index + 1;
    const fenceMatch = FENCE.exec(rawLine);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    const text = withoutCodeSpans(rawLine);
    const definition = DEFINITION.exec(text);
    if (definition) {
      references.push({
        kind: 'link',
        target: definition[1]!,
        line,
        column: text.indexOf(definition[1]!, definition[0].indexOf(']:')) + 1,
      });
    }
    for (const match of text.matchAll(INLINE_DESTINATION)) {
      const target = match[1]!;
      references.push({
        kind: opensImage(text, match.index) ? 'image' : 'link',
        target,
        line,
        column: match.index + match[0].length - target.length + 1,
      });
    }
    for (const match of text.matchAll(AUTOLINK)) {
      references.push({ kind: 'link', target: match[1]!, line, column: match.index + 2 });
    }
    for (const match of text.matchAll(HTML_ATTRIBUTE)) {
      const target = match[2]!;
      references.push({
        kind: match[1]!.toLowerCase() === 'img' ? 'image' : 'link',
        target,
        line,
        column: match.index + match[0].length - target.length,
      });
    }
  });
  return references;
}

/**
 * The site path a destination points at (`/city/2026/11/20/slug/`, query and fragment dropped), when
 * it points into this site: a root-relative path, which editors write without the base of a site served
 * under a path (the build adds it), or an absolute URL under the site's own URL. `origin` is the site's
 * URL (site.url), which may have a path; an absolute URL elsewhere on its origin is another site.
 */
export function sitePathOf(target: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target, `${origin}/`);
  } catch {
    return undefined;
  }
  const ownOrigin = new URL(origin).origin;
  const internal = target.startsWith('/')
    ? !target.startsWith('//')
    : /^https?:\/\//i.test(target) && url.origin === ownOrigin;
  if (!internal || url.origin !== ownOrigin) return undefined;
  const base = siteBase(origin);
  if (!target.startsWith('/') && !`${url.pathname}/`.startsWith(base)) return undefined;
  const path = target.startsWith('/') ? url.pathname : withoutBase(url.pathname, origin);
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
