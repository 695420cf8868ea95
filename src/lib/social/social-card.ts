/**
 * The layout of a generated share card: a takumi node tree (plain objects, no JSX) showing the
 * section, the headline and the publication, in the site's light colours. Also the publication's
 * logo, drawn in the same type and colours.
 */
import { PUBLISHER_LOGO, SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './social-image.ts';

export interface CardStyle {
  [property: string]: string | number;
}

/** The shape takumi lays out: boxes (`container`) holding boxes or runs of text. */
export interface CardBox {
  type: 'container';
  id: string;
  style: CardStyle;
  children: CardNode[];
}
export interface CardText {
  type: 'text';
  id: string;
  style: CardStyle;
  text: string;
}
export type CardNode = CardBox | CardText;

export interface CardContent {
  headline: string;
  section: string;
  publication: string;
}

/** The light theme of src/styles/global.css: cards are shared into feeds of every colour, so they stay light. */
export const CARD_COLOURS = {
  paper: '#f4f2ee',
  ink: '#16181d',
  accent: '#a4161a',
  rule: '#d9d5cc',
} as const;

const PADDING_X = 80;
const ACCENT_BAR = 14;
const PADDING_TOP = 60;
const PADDING_BOTTOM = 52;
const KICKER_SIZE = 30;
const KICKER_GAP = 22;
const FOOTER_RULE = 3;
const FOOTER_PADDING = 22;
const PUBLICATION_SIZE = 38;
/** Space below the headline, kept even when it fills its box. */
export const HEADLINE_GAP = 24;
export const HEADLINE_LINE_HEIGHT = 1.12;

/** Where the headline sits (its top left corner) and the room it may fill: the card minus its padding, kicker and footer. */
export const HEADLINE_BOX = {
  left: PADDING_X,
  top: ACCENT_BAR + PADDING_TOP + Math.ceil(KICKER_SIZE * 1.2) + KICKER_GAP,
  width: SOCIAL_IMAGE_WIDTH - 2 * PADDING_X,
  height:
    SOCIAL_IMAGE_HEIGHT -
    ACCENT_BAR -
    PADDING_TOP -
    Math.ceil(KICKER_SIZE * 1.2) -
    KICKER_GAP -
    HEADLINE_GAP -
    (FOOTER_RULE + FOOTER_PADDING + Math.ceil(PUBLICATION_SIZE * 1.2)) -
    PADDING_BOTTOM,
} as const;

/** Largest first: short headlines get poster type, the longest (200 characters) still fit. */
export const HEADLINE_SIZES = [96, 84, 74, 66, 58, 52, 46, 40, 36] as const;
export type HeadlineSize = (typeof HEADLINE_SIZES)[number];

/**
 * Width of a word in ems in the card's bold serif, roughly: measured averages are about 0.51em a
 * character for English headlines, 0.58em for Cyrillic, 0.9em for capitals like W and M; a space is a quarter.
 */
function roughWidthInEms(word: string): number {
  let ems = 0;
  for (const character of word) {
    if (character === ' ') ems += 0.25;
    else ems += character === character.toLowerCase() ? 0.56 : 0.74;
  }
  return ems;
}

/** Width of a word (or a space) in ems: a rough guess, or the font's own widths where the renderer has measured them. */
export type WidthInEms = (word: string) => number;

/** How many lines the headline takes at a font size, wrapping between words as the layout does. */
export function estimatedLines(headline: string, fontSize: number, widthInEms: WidthInEms = roughWidthInEms): number {
  const lineWidth = HEADLINE_BOX.width;
  const space = widthInEms(' ') * fontSize;
  let lines = 1;
  let used = 0;
  for (const word of headline.trim().split(/\s+/)) {
    const width = widthInEms(word) * fontSize;
    if (used > 0 && used + space + width > lineWidth) {
      lines += 1;
      used = width;
    } else {
      used += (used > 0 ? space : 0) + width;
    }
    // A word longer than a line is broken across lines.
    if (used > lineWidth) {
      lines += Math.floor(used / lineWidth);
      used %= lineWidth;
    }
  }
  return lines;
}

/** Whether the headline takes no more lines at this size than its box holds. */
export const headlineFits = (headline: string, fontSize: number, widthInEms?: WidthInEms): boolean =>
  estimatedLines(headline, fontSize, widthInEms) * fontSize * HEADLINE_LINE_HEIGHT <= HEADLINE_BOX.height;

/** The largest size at which the headline should fit its box: the renderer's first try. */
export function headlineFontSize(headline: string): HeadlineSize {
  return HEADLINE_SIZES.find((size) => headlineFits(headline, size)) ?? HEADLINE_SIZES[HEADLINE_SIZES.length - 1]!;
}

const text = (id: string, style: CardStyle, content: string): CardText => ({ type: 'text', id, style, text: content });

export interface CardType {
  /** The fonts the renderer loads, as a CSS font-family list. */
  fontFamily: string;
  /** One of HEADLINE_SIZES; by default the estimate for the headline. */
  headlineSize?: number;
}

/** What all the card's text inherits from the card itself. */
export const cardText = (fontFamily: string): CardStyle => ({ color: CARD_COLOURS.ink, fontFamily, fontWeight: 700 });

/** The headline's own box, the same wherever it is drawn. */
export const headlineNode = (headline: string, headlineSize: number): CardText =>
  text(
    'headline',
    {
      width: HEADLINE_BOX.width,
      fontSize: headlineSize,
      lineHeight: HEADLINE_LINE_HEIGHT,
      letterSpacing: '-0.01em',
      textWrap: 'balance',
      overflowWrap: 'break-word',
      marginBottom: HEADLINE_GAP,
    },
    headline,
  );

/** The card for one story. */
export function socialCard(
  content: CardContent,
  { fontFamily, headlineSize = headlineFontSize(content.headline) }: CardType,
): CardBox {
  return {
    type: 'container',
    id: 'card',
    style: {
      display: 'flex',
      boxSizing: 'border-box',
      width: SOCIAL_IMAGE_WIDTH,
      height: SOCIAL_IMAGE_HEIGHT,
      flexDirection: 'column',
      backgroundColor: CARD_COLOURS.paper,
      borderTop: `${ACCENT_BAR}px solid ${CARD_COLOURS.accent}`,
      paddingTop: PADDING_TOP,
      paddingRight: PADDING_X,
      paddingBottom: PADDING_BOTTOM,
      paddingLeft: PADDING_X,
      ...cardText(fontFamily),
    },
    children: [
      text(
        'section',
        {
          fontSize: KICKER_SIZE,
          lineHeight: 1.2,
          letterSpacing: '0.08em',
          textTransform: 'uppercase',
          color: CARD_COLOURS.accent,
          marginBottom: KICKER_GAP,
        },
        content.section,
      ),
      headlineNode(content.headline, headlineSize),
      text(
        'publication',
        {
          // Pinned to the foot of the card, however many lines the headline takes.
          marginTop: 'auto',
          borderTop: `${FOOTER_RULE}px solid ${CARD_COLOURS.rule}`,
          paddingTop: FOOTER_PADDING,
          fontSize: PUBLICATION_SIZE,
          lineHeight: 1.2,
        },
        content.publication,
      ),
    ],
  };
}

export interface LogoContent {
  /** The letter or letters the logo shows, e.g. "M". */
  monogram: string;
}

/** Of the logo's side, as public/logo.svg sets its letter (300 on 512). */
const MONOGRAM_SCALE = 300 / 512;

/** The publication's logo, a square as public/logo.svg draws it: the monogram in the cards' bold serif, paper on their accent. */
export function logoMark({ monogram }: LogoContent, { fontFamily }: Pick<CardType, 'fontFamily'>): CardBox {
  const { width, height } = PUBLISHER_LOGO;
  return {
    type: 'container',
    id: 'logo',
    style: {
      display: 'flex',
      width,
      height,
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: CARD_COLOURS.accent,
      ...cardText(fontFamily),
      color: CARD_COLOURS.paper,
    },
    children: [text('monogram', { fontSize: Math.round(height * MONOGRAM_SCALE), lineHeight: 1 }, monogram)],
  };
}
