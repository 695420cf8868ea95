/**
 * Draws a share card to PNG: satori lays out the element tree from social-card.ts as SVG with the
 * text as outlines, resvg rasterises it. The font comes from an npm package, so nothing is downloaded.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import satori, { type Font, type SatoriNode } from 'satori';
import { HEADLINE_BOX, HEADLINE_SIZES, headlineFontSize, socialCard, type CardContent, type HeadlineSize } from '../lib/social/social-card.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../lib/social/social-image.ts';
import { cacheKey } from '../lib/content/digest.ts';
import { cachedBytes } from './build-cache.ts';

/**
 * Fontsource splits Source Serif 4 by script; satori falls back from one to the next per character.
 * Satori reads WOFF but not WOFF2, and the package ships both.
 */
const SCRIPTS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const FAMILY = 'Source Serif 4';
const fontName = (script: string) => `${FAMILY} ${script}`;
const CARD_FONT_FAMILY = SCRIPTS.map(fontName).join(', ');

// From the project root rather than this file: the build bundles this module into a folder of its own.
const fromProject = createRequire(join(process.cwd(), 'package.json'));

let fonts: Promise<Font[]> | undefined;

/** Read once per process, however many cards the build draws. */
function cardFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    SCRIPTS.map(async (script): Promise<Font> => {
      const file = fromProject.resolve(`@fontsource/source-serif-4/files/source-serif-4-${script}-700-normal.woff`);
      return { name: fontName(script), data: await readFile(file), weight: 700, style: 'normal' };
    }),
  );
  return fonts;
}

export interface RenderedCard {
  png: Buffer;
  /** Text the font has no letters for (Chinese, Arabic, emoji …): drawn as empty boxes. */
  missingGlyphs: string[];
}

interface Layout {
  svg: string;
  nodes: SatoriNode[];
  missingGlyphs: string[];
}

async function layOut(content: CardContent, headlineSize: HeadlineSize): Promise<Layout> {
  const nodes: SatoriNode[] = [];
  const missingGlyphs: string[] = [];
  const svg = await satori(socialCard(content, { fontFamily: CARD_FONT_FAMILY, headlineSize }), {
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
    fonts: await cardFonts(),
    onNodeDetected: (node) => nodes.push(node),
    // Called for text no loaded font covers: nothing is fetched, the text is reported instead.
    loadAdditionalAsset: async (_language, segment) => {
      missingGlyphs.push(segment);
      return [];
    },
  });
  return { svg, nodes, missingGlyphs };
}

const headlineFits = ({ nodes }: Layout) => (nodes.find((node) => node.key === 'headline')?.height ?? 0) <= HEADLINE_BOX.height;

/**
 * Lays the card out at the estimated headline size, then a size smaller while the real layout
 * overflows the headline box. `inspect` sees every node of the layout that is drawn (for tests).
 */
export async function renderSocialCard(content: CardContent, inspect?: (node: SatoriNode) => void): Promise<RenderedCard> {
  const [first, ...smaller] = HEADLINE_SIZES.slice(HEADLINE_SIZES.indexOf(headlineFontSize(content.headline)));
  let layout = await layOut(content, first ?? HEADLINE_SIZES[0]);
  for (const size of smaller) {
    if (headlineFits(layout)) break;
    layout = await layOut(content, size);
  }
  if (inspect) layout.nodes.forEach(inspect);
  // Rasterised and PNG-encoded off the main thread (resvg's and sharp's thread pools), so the build's other
  // pages (build.concurrency) go on meanwhile; resvg's own asPng() would encode on the main thread.
  const image = await renderAsync(layout.svg, { font: { loadSystemFonts: false } });
  // Cards are opaque: RGB without adaptive filtering encodes faster and smaller than resvg's RGBA.
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
  return { png, missingGlyphs: layout.missingGlyphs };
}

/**
 * The card from the build cache when one with the same content and design was drawn before (the key
 * holds the card's whole element tree, so a change of layout or colours draws afresh), else drawn now.
 * Stored as one line of JSON (the missing glyphs, so their warning is repeated) followed by the PNG.
 */
export async function cachedSocialCard(content: CardContent): Promise<RenderedCard> {
  const key = cacheKey([socialCard(content, { fontFamily: CARD_FONT_FAMILY }), SCRIPTS]);
  const stored = await cachedBytes('social-cards', key, async () => {
    const card = await renderSocialCard(content);
    return Buffer.concat([Buffer.from(`${JSON.stringify(card.missingGlyphs)}\n`), card.png]);
  });
  const newline = stored.indexOf(0x0a);
  return {
    missingGlyphs: JSON.parse(Buffer.from(stored.subarray(0, newline)).toString('utf8')) as string[],
    png: Buffer.from(stored.subarray(newline + 1)),
  };
}
