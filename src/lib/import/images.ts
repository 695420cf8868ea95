/**
 * WordPress's images as Dateline files: an attachment item is an uploaded file (its URL under
 * `/wp-content/uploads/`, its alt text, caption and the credit the camera wrote), and an image the
 * importer finds in the uploads folder is copied beside the article that shows it and referenced
 * relatively, which is how Dateline resizes and serves it.
 */
import { transliterate } from 'transliteration';
import { decodePercent, plainText } from './text.ts';
import { metaValue, type WxrItem } from './wxr-reader.ts';

export interface Attachment {
  id: number;
  /** The upload's URL, as WordPress served it. */
  url: string;
  alt: string;
  caption: string;
  /** The IPTC credit (or copyright) WordPress read from the file; empty when it has none. */
  credit: string;
  title: string;
  parent: number;
  menuOrder: number;
}

/** A string of PHP's serialize() output: `s:6:"credit";s:9:"AP Photo";`. Lengths are bytes, which the pattern ignores. */
function serializedString(serialized: string, key: string): string {
  const match = new RegExp(`s:\\d+:"${key}";s:\\d+:"((?:[^"]|"(?!;))*)";`).exec(serialized);
  return match?.[1]?.trim() ?? '';
}

export function attachmentOf(item: WxrItem): Attachment {
  const metadata = metaValue(item, '_wp_attachment_metadata') ?? '';
  return {
    id: item.id,
    url: item.attachmentUrl || item.guid,
    alt: (metaValue(item, '_wp_attachment_image_alt') ?? '').trim(),
    caption: plainText(item.excerpt),
    credit: serializedString(metadata, 'credit') || serializedString(metadata, 'copyright'),
    title: plainText(item.title),
    parent: item.parent,
    menuOrder: item.menuOrder,
  };
}

/** The file types Dateline's image pipeline (sharp, through Astro) reads. */
const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|avif|tiff?|svg)$/i;

export const isImageFile = (path: string): boolean => IMAGE_EXTENSIONS.test(path);

/**
 * The path of an upload under the uploads folder, from its URL: `https://old.example/wp-content/uploads/2019/05/bridge.jpg`
 * → `2019/05/bridge.jpg`. Undefined for a URL that is not an upload (another site's image).
 * `siteHosts` are the old site's hosts: an upload of another WordPress is not in our uploads folder.
 */
export function uploadPathOf(url: string, siteHosts: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  let pathname = parsed.pathname;
  // Jetpack's image CDN serves the site's uploads as https://i0.wp.com/<the site's host>/wp-content/uploads/….
  if (/^i\d\.wp\.com$/.test(parsed.host)) {
    const [, host = '', ...rest] = pathname.split('/');
    if (!siteHosts.includes(host)) return undefined;
    pathname = `/${rest.join('/')}`;
  } else if (parsed.host !== 'relative.invalid' && !siteHosts.includes(parsed.host)) return undefined;
  const marker = '/wp-content/uploads/';
  const at = pathname.indexOf(marker);
  if (at === -1) return undefined;
  const path = decodePercent(pathname.slice(at + marker.length));
  return path && !path.split('/').includes('..') ? path : undefined;
}

/** `bridge-1024x683.jpg` → `bridge.jpg`: the size WordPress cut from the original, which Dateline would rather resize itself. */
export function originalOfResized(uploadPath: string): string | undefined {
  const original = uploadPath.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
  return original === uploadPath ? undefined : original;
}

/**
 * The file name of an upload beside its article: its path under uploads/ in one name, in letters the
 * Markdown link and every file system keep (`2019/05/Brücke Süd.JPG` → `2019-05-brucke-sud.jpg`).
 */
export function localImageName(uploadPath: string): string {
  const dot = uploadPath.lastIndexOf('.');
  const stem = dot > 0 ? uploadPath.slice(0, dot) : uploadPath;
  const extension = dot > 0 ? uploadPath.slice(dot + 1).toLowerCase() : '';
  const name = transliterate(stem)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${name || 'image'}${extension ? `.${extension === 'jpeg' ? 'jpg' : extension}` : ''}`;
}
