/**
 * A worker thread of the share-card pool (social-card-renderer.ts): draws cards to PNG with takumi, a
 * Rust renderer that lays out and rasterises the node tree of src/lib/social/social-card.ts in one
 * native call, in Source Serif 4 from @fontsource/source-serif-4, so nothing is downloaded.
 *
 * Drawn whole and encoded by takumi, a card costs 6.5 ms of CPU, 4 of them in takumi's PNG encoder,
 * which deflates at level 6 with no setting to change it. So a worker draws each section's card without
 * its headline once (the frame) and, per story, only the headline, on a strip the width of the headline
 * box (a third of the card's pixels), and writes the PNG itself: a card holds a few dozen colours
 * (paper, inks and their antialiased edges), written as palette indices and deflated run-length, and
 * the frame's rows above and below the strip are deflated once, not per card.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Renderer, type FontDetails } from '@takumi-rs/core';
import {
  CARD_COLOURS,
  HEADLINE_BOX,
  HEADLINE_GAP,
  HEADLINE_SIZES,
  cardText,
  headlineFits,
  headlineFontSize,
  headlineNode,
  logoMark,
  socialCard,
  type CardContent,
  type CardBox,
  type HeadlineSize,
  type LogoContent,
} from '../lib/social/social-card.ts';
import { PUBLISHER_LOGO, SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../lib/social/social-image.ts';

const FAMILY = 'Source Serif 4';
/** Quoted: a family name with a digit in it is not a CSS identifier. */
export const CARD_FONT_FAMILY = `"${FAMILY}"`;

// From the project root rather than this file, as the pool starts this worker.
const fromProject = createRequire(join(process.cwd(), 'package.json'));

type CodepointRanges = [number, number][];

/** A unicode-range as fontsource's unicode.json writes it (`U+0000-00FF,U+0131`), as inclusive pairs. */
const parseRanges = (list: string): CodepointRanges =>
  list.split(',').map((range) => {
    const [first = '', last = first] = range.slice('U+'.length).split('-');
    return [parseInt(first, 16), parseInt(last, 16)];
  });

/**
 * The bold font, one file per script as fontsource splits it, each with the unicode-range a browser
 * picks that file by: registered under one family with those ranges, takumi picks them the same way.
 */
export async function cardFonts(): Promise<(FontDetails & { unicodeRange: CodepointRanges })[]> {
  const subsets = JSON.parse(
    await readFile(fromProject.resolve('@fontsource/source-serif-4/unicode.json'), 'utf8'),
  ) as Record<string, string>;
  return Promise.all(
    Object.entries(subsets).map(async ([subset, ranges]) => ({
      name: FAMILY,
      weight: 700,
      style: 'normal',
      unicodeRange: parseRanges(ranges),
      data: await readFile(
        fromProject.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff2`),
      ),
    })),
  );
}

export interface RenderedCard {
  png: Uint8Array;
  /** Text the font has no letters for (Chinese, Arabic, emoji …): drawn as empty boxes. */
  missingGlyphs: string[];
  /** The size the headline was fitted at, one of HEADLINE_SIZES. */
  headlineSize: HeadlineSize;
}

/** Room above the headline on its strip, for accents that reach above its first line (9 px at 96 px type). */
const BLEED = 12;
const STRIP_TOP = HEADLINE_BOX.top - BLEED;
/** The foot of the headline's room: the top of the footer's rule. */
const STRIP_END = HEADLINE_BOX.top + HEADLINE_BOX.height + HEADLINE_GAP;
/** A strip is laid in a whole number of these rows, so that a frame keeps few deflated remainders below it. */
const ROW_STEP = 8;
/** A PNG scanline: the filter byte (0, none: palette indices compress best unfiltered), then a byte a pixel. */
const SCANLINE = SOCIAL_IMAGE_WIDTH + 1;
const PALETTE_SIZE = 256;
const EMPTY_ROW = Buffer.alloc(4 * HEADLINE_BOX.width);
/** The type size characters are measured at, in px: their widths in ems scale to every headline size. */
const PROBE_SIZE = 100;

/**
 * The headline alone, BLEED below the strip's top, in ink on nothing: one colour, so each pixel's
 * colour on the card follows from its coverage (alpha) alone. The strip is as tall as the text makes it.
 */
const headlineStrip = (headline: string, size: number): CardBox => ({
  type: 'container',
  id: 'strip',
  style: {
    display: 'flex',
    flexDirection: 'column',
    width: HEADLINE_BOX.width,
    paddingTop: BLEED,
    ...cardText(CARD_FONT_FAMILY),
  },
  children: [headlineNode(headline, size)],
});

/** A colour as 0xBBGGRR, how an RGBA pixel reads as a little-endian integer without its alpha. */
const packed = ([red, green, blue]: number[]) => red! | (green! << 8) | (blue! << 16);
const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
const INK = channels(CARD_COLOURS.ink);
const PAPER = channels(CARD_COLOURS.paper);

/** Ink at this coverage on paper, rounded as takumi composites it: the premultiplied ink plus the paper left showing. */
const inkOnPaper = (alpha: number) =>
  packed(
    INK.map((ink, channel) => Math.round((ink * alpha) / 255) + Math.round((PAPER[channel]! * (255 - alpha)) / 255)),
  );

/** Adler-32, the checksum that ends a zlib stream, as its two sums. */
const ADLER_BASE = 65521;
type Sums = [number, number];

/** The Adler-32 sums of a frame's scanlines; a card's follow from them by the bytes its headline changes. */
function adler32(bytes: Uint8Array): Sums {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % ADLER_BASE;
    b = (b + a) % ADLER_BASE;
  }
  return [a, b];
}

interface Frame {
  /** The card without its headline, as PNG scanlines of palette indices. */
  scanlines: Uint8Array;
  /** The palette, each index's colour packed. */
  colours: number[];
  sums: Sums;
  /** The scanlines above the headline's strip, deflated, ending on a byte boundary so the strip's can follow. */
  above: Buffer;
  /** The scanlines below the strip, deflated to the end of the stream, by the row the strip ends at. */
  below: Map<number, Buffer>;
}

const RUN_LENGTH = { strategy: constants.Z_RLE } as const;
/** Run-length deflate, ended by a sync flush, byte-aligned, so deflated rows can follow: rows of indices deflate as fast as at level 1 and as small as at level 3. */
const CONTINUED = { ...RUN_LENGTH, finishFlush: constants.Z_SYNC_FLUSH } as const;

/** The frame's RGBA pixels as palette indices. */
function indexed(pixels: Buffer): Frame {
  const rgba = new Int32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  const scanlines = new Uint8Array(SCANLINE * SOCIAL_IMAGE_HEIGHT);
  const colours: number[] = [];
  const indexOf = new Map<number, number>();
  // Runs of one colour (paper, above all) skip the lookup.
  let previous = -1;
  let previousIndex = 0;
  for (let row = 0; row < SOCIAL_IMAGE_HEIGHT; row += 1) {
    for (let x = 0, pixel = row * SOCIAL_IMAGE_WIDTH; x < SOCIAL_IMAGE_WIDTH; x += 1, pixel += 1) {
      // Cards are opaque: the alpha byte is dropped.
      const colour = rgba[pixel]! & 0xffffff;
      if (colour !== previous) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          index = colours.push(colour) - 1;
          indexOf.set(colour, index);
        }
        previous = colour;
        previousIndex = index;
      }
      scanlines[row * SCANLINE + 1 + x] = previousIndex;
    }
  }
  return {
    scanlines,
    colours,
    sums: adler32(scanlines),
    above: deflateRawSync(scanlines.subarray(0, STRIP_TOP * SCANLINE), CONTINUED),
    below: new Map(),
  };
}

/** The frame's scanlines from `row` to the card's foot, deflated the first time they are asked for. */
function below(frame: Frame, row: number): Buffer {
  let deflated = frame.below.get(row);
  if (!deflated) {
    deflated = deflateRawSync(frame.scanlines.subarray(row * SCANLINE), RUN_LENGTH);
    frame.below.set(row, deflated);
  }
  return deflated;
}

const chunk = (type: string, ...data: Uint8Array[]): Uint8Array[] => {
  const length = data.reduce((sum, part) => sum + part.length, 0);
  const head = new Uint8Array(8);
  new DataView(head.buffer).setUint32(0, length);
  head.set(Buffer.from(type, 'latin1'), 4);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(
    0,
    data.reduce((sum, part) => crc32(part, sum), crc32(head.subarray(4))),
  );
  return [head, ...data, crc];
};

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A zlib stream's header: deflate, 32 KiB window, no dictionary. */
const ZLIB_HEADER = new Uint8Array([0x78, 0x01]);

/** A card as laid into its frame: the scanlines of the headline's strip (to row `end`), the palette and the checksum's sums. */
interface Strip {
  scanlines: Uint8Array;
  end: number;
  colours: number[];
  sums: Sums;
}

/** An 8-bit palette PNG of the card, in one buffer of its own so it can be transferred to the main thread. */
function palettePng(frame: Frame, strip: Strip): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, SOCIAL_IMAGE_WIDTH);
  view.setUint32(4, SOCIAL_IMAGE_HEIGHT);
  header.set([8, 3], 8); // bit depth 8, colour type 3 (palette)
  const palette = new Uint8Array(
    strip.colours.flatMap((colour) => [colour & 0xff, (colour >> 8) & 0xff, colour >> 16]),
  );
  const [a, b] = strip.sums;
  const checksum = new Uint8Array(4);
  new DataView(checksum.buffer).setUint32(0, ((b << 16) | a) >>> 0);
  const parts = [
    SIGNATURE,
    ...chunk('IHDR', header),
    ...chunk('PLTE', palette),
    // One zlib stream in three deflated pieces: the frame's rows above the headline's strip, the strip's, the frame's below.
    ...chunk(
      'IDAT',
      ZLIB_HEADER,
      frame.above,
      deflateRawSync(strip.scanlines, CONTINUED),
      below(frame, strip.end),
      checksum,
    ),
    ...chunk('IEND'),
  ];
  const png = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

/** Draws cards one after another, with one renderer and the fonts loaded once. */
export class CardPainter {
  private readonly renderer = new Renderer();
  private readonly frames = new Map<string, Promise<Frame>>();
  /** The scanlines of the headline's strip on the card being drawn. */
  private readonly room = new Uint8Array(SCANLINE * (STRIP_END - STRIP_TOP));
  private readonly uncoveredText: RegExp;
  /** Advance widths in ems of the characters met so far, letter-spacing included: the text-width model of the fitting. */
  private readonly advances = new Map<string, number>();

  private constructor(ranges: CodepointRanges) {
    const classes = ranges.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join('');
    this.uncoveredText = new RegExp(`[^\\s${classes}]+`, 'gu');
  }

  static async create(): Promise<CardPainter> {
    const fonts = await cardFonts();
    const painter = new CardPainter(fonts.flatMap((font) => font.unicodeRange));
    await Promise.all(fonts.map((font) => painter.renderer.registerFont(font)));
    return painter;
  }

  async draw(content: CardContent): Promise<RenderedCard> {
    const missingGlyphs = [
      ...new Set(
        [content.section, content.headline, content.publication].flatMap(
          (text) => text.match(this.uncoveredText) ?? [],
        ),
      ),
    ];
    const frame = await this.frame(content);
    const { size, pixels } = await this.headline(content.headline);
    const strip = layIn(pixels, frame, this.room);
    if (strip.colours.length <= PALETTE_SIZE)
      return { png: palettePng(frame, strip), missingGlyphs, headlineSize: size };
    // Too many colours for a palette: takumi's own encoder writes full colour (copied: its buffer cannot be transferred).
    const card = socialCard(content, { fontFamily: CARD_FONT_FAMILY, headlineSize: size });
    return {
      png: new Uint8Array(await this.renderer.render(card, { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT })),
      missingGlyphs,
      headlineSize: size,
    };
  }

  /** The publication's logo, drawn whole: at most once a build, so it needs none of the cards' shortcuts. */
  async drawLogo(logo: LogoContent): Promise<Uint8Array> {
    const { width, height } = PUBLISHER_LOGO;
    // Copied, as a card drawn whole is: takumi's buffer cannot be transferred.
    return new Uint8Array(
      await this.renderer.render(logoMark(logo, { fontFamily: CARD_FONT_FAMILY }), { width, height }),
    );
  }

  /** The card of this section and publication without its headline, drawn the first time it is asked for. */
  private frame({ section, publication }: CardContent): Promise<Frame> {
    const key = JSON.stringify([section, publication]);
    let frame = this.frames.get(key);
    if (!frame) {
      const card = socialCard({ section, publication, headline: '' }, { fontFamily: CARD_FONT_FAMILY });
      frame = this.renderer
        .render(card, { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT, format: 'raw' })
        .then(indexed);
      this.frames.set(key, frame);
    }
    return frame;
  }

  /**
   * The headline's strip at the largest size whose layout fits the headline box, from the rough
   * estimate down. The measured widths of its characters say which size to draw first; the drawn
   * layout has the last word, and is as tall as the text, so drawing measures it too.
   */
  private async headline(headline: string): Promise<{ size: HeadlineSize; pixels: Buffer }> {
    await this.measureCharacters(headline);
    const draw = (size: number) =>
      this.renderer.render(headlineStrip(headline, size), { width: HEADLINE_BOX.width, format: 'raw' });
    const fits = (pixels: Buffer) => STRIP_TOP + pixels.length / (4 * HEADLINE_BOX.width) <= STRIP_END;
    const sizes = HEADLINE_SIZES.slice(HEADLINE_SIZES.indexOf(headlineFontSize(headline)));
    const measuredFit = sizes.findIndex((size) => headlineFits(headline, size, this.widthInEms));
    const [first = HEADLINE_SIZES[0], ...smaller] = sizes.slice(measuredFit < 0 ? -1 : measuredFit);
    let size: HeadlineSize = first;
    let pixels = await draw(size);
    for (const next of smaller) {
      if (fits(pixels)) break;
      size = next;
      pixels = await draw(size);
    }
    return { size, pixels };
  }

  private readonly widthInEms = (word: string): number => {
    let ems = 0;
    for (const character of word) ems += this.advances.get(character)!;
    return ems;
  };

  /** Measures, in one layout, the advance widths of the headline's characters not met before. */
  private async measureCharacters(headline: string): Promise<void> {
    const unseen = [...new Set(headline + ' ')].filter((character) => !this.advances.has(character));
    if (unseen.length === 0) return;
    const probe: CardBox = {
      type: 'container',
      id: 'probe',
      // A line for each character, as wide as the character.
      style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', ...cardText(CARD_FONT_FAMILY) },
      children: unseen.map((character) => {
        const node = headlineNode(character, PROBE_SIZE);
        return { ...node, style: { ...node.style, width: 'auto', whiteSpace: 'pre' } };
      }),
    };
    const { children } = await this.renderer.measure(probe);
    children.forEach(({ width }, index) => this.advances.set(unseen[index]!, width / PROBE_SIZE));
  }
}

/**
 * The headline's strip laid into a copy of the frame's rows where the card puts the headline (in
 * `room`, reused card after card), with the card's palette (the frame's, and the ink's antialiased
 * shades it lacked) and checksum.
 */
function layIn(pixels: Buffer, frame: Frame, room: Uint8Array): Strip {
  // In locals: a loop reads them faster than an imported object's fields.
  const { left, width } = HEADLINE_BOX;
  const rowBytes = 4 * width;
  // Only a headline that fits at no size (none of 200 characters) runs past its room; it is cut there.
  const rows = Math.min(pixels.length / rowBytes, STRIP_END - STRIP_TOP);
  const end = Math.min(STRIP_TOP + Math.ceil(rows / ROW_STEP) * ROW_STEP, STRIP_END);
  const scanlines = room.subarray(0, (end - STRIP_TOP) * SCANLINE);
  scanlines.set(frame.scanlines.subarray(STRIP_TOP * SCANLINE, end * SCANLINE));
  const colours = [...frame.colours];
  // takumi antialiases in a few dozen steps of coverage, each looked up once.
  const indexOfCoverage = new Int16Array(256).fill(-1);
  // Adler-32's sums are linear in the bytes: a changed byte moves the first by its change, the second by
  // its change times the bytes from it to the end of the stream.
  const stripToEnd = SCANLINE * (SOCIAL_IMAGE_HEIGHT - STRIP_TOP);
  let [a, b] = frame.sums;
  // A pixel at a time as one integer: an uncovered one is 0.
  const rgba = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  for (let row = 0; row < rows; row += 1) {
    // Rows between and around the lines are empty, and comparing them natively is cheaper than reading them.
    if (pixels.compare(EMPTY_ROW, 0, rowBytes, row * rowBytes, (row + 1) * rowBytes) === 0) continue;
    const rowStart = row * SCANLINE + 1 + left;
    // Summed a row at a time: within a row the sums stay small integers, cheaper than the running totals.
    let changes = 0;
    let changesAlong = 0;
    for (let x = 0, pixel = row * width; x < width; x += 1, pixel += 1) {
      const colour = rgba[pixel]!;
      // Uncovered: the frame's paper stays, and so does a kicker's descender reaching into the strip.
      if (colour === 0) continue;
      // Little-endian: the alpha byte is the top one.
      const coverage = colour >>> 24;
      let index = indexOfCoverage[coverage]!;
      if (index < 0) {
        const shade = inkOnPaper(coverage);
        index = colours.indexOf(shade);
        if (index < 0) index = colours.push(shade) - 1;
        indexOfCoverage[coverage] = index;
      }
      const change = index - scanlines[rowStart + x]!;
      changes += change;
      changesAlong += change * x;
      scanlines[rowStart + x] = index;
    }
    a += changes;
    b += changes * (stripToEnd - rowStart) - changesAlong;
  }
  const modulo = (sum: number) => ((sum % ADLER_BASE) + ADLER_BASE) % ADLER_BASE;
  return { scanlines, end, colours, sums: [modulo(a), modulo(b)] };
}

/** A batch of cards from the pool, answered in order. */
export type CardRequest = CardContent[];
export type CardReply = { cards: RenderedCard[] } | { error: string };
/** A worker started with this as its workerData draws the logo, answers once and is done. */
export interface LogoRequest {
  logo: LogoContent;
}
export type LogoReply = { png: Uint8Array } | { error: string };

const failure = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });

// Only when the pool or renderLogo started this file: a test imports it to draw in its own thread.
if (import.meta.main) {
  const painter = await CardPainter.create();
  const { logo } = (workerData ?? {}) as Partial<LogoRequest>;
  if (logo) {
    const reply: LogoReply = await painter.drawLogo(logo).then((png) => ({ png }), failure);
    parentPort!.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
  } else {
    parentPort!.on('message', async (request: CardRequest) => {
      try {
        const cards: RenderedCard[] = [];
        for (const content of request) cards.push(await painter.draw(content));
        parentPort!.postMessage(
          { cards } satisfies CardReply,
          cards.map((card) => card.png.buffer as ArrayBuffer),
        );
      } catch (error) {
        parentPort!.postMessage(failure(error) satisfies CardReply);
      }
    });
  }
}
