import { Renderer } from '@takumi-rs/core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLogo, renderSocialCard } from '../../src/build/social-card-renderer.ts';
import { CARD_FONT_FAMILY, cardFonts } from '../../src/build/social-card-worker.ts';
import { CARD_COLOURS, socialCard } from '../../src/lib/social/social-card.ts';
import { pngSize } from '../helpers/png.ts';

const card = (headline: string, section = 'City') => ({ headline, section, publication: 'The Meridian Post' });

/** The whole card laid out and drawn in one piece, as the workers, which draw the headline apart, must match. */
const wholeCards = new Renderer();
beforeAll(async () => {
  await Promise.all((await cardFonts()).map((font) => wholeCards.registerFont(font)));
});

const wholeCard = (headline: string, headlineSize: number, section?: string) =>
  socialCard(card(headline, section), { fontFamily: CARD_FONT_FAMILY, headlineSize });

/** Draws a card, and lays the whole card out at the size its headline was fitted to, keeping where each part sits. */
async function layOut(headline: string) {
  const rendered = await renderSocialCard(card(headline));
  const tree = wholeCard(headline, rendered.headlineSize);
  const laidOut = await wholeCards.measure(tree, { width: 1200, height: 630 });
  const parts = [
    [tree.id, laidOut] as const,
    ...tree.children.map((child, index) => [child.id, laidOut.children[index]!] as const),
  ];
  const boxes = new Map(parts.map(([id, box]) => [id, { top: box.transform[5], height: box.height }]));
  return { ...rendered, boxes };
}

describe('drawing a share card', () => {
  it('draws a 1200×630 PNG', async () => {
    const { png, missingGlyphs } = await renderSocialCard(card('Harbor Bridge reopens after 14-month repair'));
    expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(missingGlyphs).toEqual([]);
  });

  it('wraps a long headline onto several lines above the publication name', async () => {
    const headline =
      'Council approves a sweeping overhaul of waterfront zoning, new ferry routes and a seawall bond after a marathon session that ran past midnight and drew hundreds of residents';
    const { boxes, headlineSize } = await layOut(headline);
    const box = boxes.get('headline')!;
    expect(box.height / headlineSize).toBeGreaterThan(2);
    expect(box.top + box.height).toBeLessThanOrEqual(boxes.get('publication')!.top);
  });

  it.each([
    [
      'all capitals',
      'BREAKING: COUNCIL APPROVES A SWEEPING OVERHAUL OF WATERFRONT ZONING, NEW FERRY ROUTES AND A SEAWALL BOND AFTER A MARATHON SESSION THAT RAN PAST MIDNIGHT AND DREW HUNDREDS OF RESIDENTS'.slice(
        0,
        200,
      ),
    ],
    ['the widest letters', 'WWWWWWWWW '.repeat(20).trim()],
    [
      'Cyrillic',
      'Мэр представил бюджет: библиотеки получат больше денег, а полиция — меньше сверхурочных часов; совет проголосует в четверг после долгих слушаний',
    ],
  ])('fits a 200-character headline in %s inside the card', async (_kind, headline) => {
    expect(headline.length).toBeLessThanOrEqual(200);
    const { boxes } = await layOut(headline);
    const box = boxes.get('headline')!;
    const publication = boxes.get('publication')!;
    expect(box.top + box.height).toBeLessThanOrEqual(publication.top);
    expect(publication.top + publication.height).toBeLessThanOrEqual(boxes.get('card')!.height);
    expect(boxes.get('card')!.height).toBe(630);
  });

  it.each([
    ['a one-line headline', 'Bridge reopens', 'City'],
    [
      'a five-line headline',
      'Council approves a sweeping overhaul of waterfront zoning, new ferry routes and a seawall bond after a marathon session that ran past midnight and drew hundreds of residents',
      'City',
    ],
    [
      'accents above the first line under a kicker that reaches below its own',
      'Ǻ Ấ Ỗ Ё: Économie, l’hôpital et les écoles',
      'Français',
    ],
    ['a word longer than a line', 'x'.repeat(120), 'City'],
  ])('draws %s as the whole card drawn in one piece, to a level of a colour', async (_kind, headline, section) => {
    const { png, headlineSize } = await renderSocialCard(card(headline, section));
    const drawn = await sharp(png).ensureAlpha().raw().toBuffer();
    const whole = await wholeCards.render(wholeCard(headline, headlineSize, section), {
      width: 1200,
      height: 630,
      format: 'raw',
    });
    // Where two letters' antialiased edges overlap, the strip rounds their ink once and the whole card twice.
    const largestDifference = drawn.reduce(
      (largest, value, index) => Math.max(largest, Math.abs(value - whole[index]!)),
      0,
    );
    expect(drawn.length).toBe(whole.length);
    expect(largestDifference).toBeLessThanOrEqual(1);
  });

  it('gives each card its own picture when many are drawn at once', async () => {
    const headlines = Array.from(
      { length: 12 },
      (_, index) => `Ferry route ${index + 1} reopens after ${index + 2} months`,
    );
    const together = await Promise.all(headlines.map((headline) => renderSocialCard(card(headline))));
    for (const [index, headline] of headlines.entries()) {
      expect(Buffer.from(together[index]!.png).equals(Buffer.from((await renderSocialCard(card(headline))).png))).toBe(
        true,
      );
    }
  });

  it('draws a Cyrillic headline with the font’s own letters', async () => {
    const { png, missingGlyphs } = await renderSocialCard(
      card('Мэр представил бюджет: библиотеки получат больше денег'),
    );
    expect(missingGlyphs).toEqual([]);
    expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('still draws a card when the font lacks a script, and reports the text it could not draw', async () => {
    const { png, missingGlyphs } = await renderSocialCard(card('港口大桥重新开放 after repairs'));
    expect(missingGlyphs).toEqual(['港口大桥重新开放']);
    expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('drawing the publisher’s logo', () => {
  it('draws a 512×512 PNG of the monogram in paper on the cards’ accent', async () => {
    const png = await renderLogo({ monogram: 'M' });
    expect(await pngSize(png)).toEqual({ width: 512, height: 512 });
    const pixels = await sharp(png).removeAlpha().raw().toBuffer();
    const colours = new Map<string, number>();
    for (let at = 0; at < pixels.length; at += 3) {
      const colour = `#${[...pixels.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
      colours.set(colour, (colours.get(colour) ?? 0) + 1);
    }
    const share = (colour: string) => (colours.get(colour) ?? 0) / (512 * 512);
    expect(pixels.subarray(0, 3)).toEqual(pixels.subarray(pixels.length - 3));
    expect(share(CARD_COLOURS.accent)).toBeGreaterThan(0.5);
    // The letter: a solid part of the square, not a speck.
    expect(share(CARD_COLOURS.paper)).toBeGreaterThan(0.05);
  });

  it('fails with the renderer’s reason rather than hanging when the logo cannot be drawn', async () => {
    await expect(renderLogo({ monogram: undefined as unknown as string })).rejects.toThrow();
  });
});
