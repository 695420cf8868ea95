import { describe, expect, it } from 'vitest';
import type { SatoriNode } from 'satori';
import { renderSocialCard } from '../../src/build/social-card-renderer.ts';
import { pngSize } from '../helpers/png.ts';

const card = (headline: string) => ({ headline, section: 'City', publication: 'The Meridian Post' });

/** Renders a card and keeps where satori placed each keyed box. */
async function layOut(headline: string) {
  const boxes = new Map<string, SatoriNode>();
  const rendered = await renderSocialCard(card(headline), (node) => {
    if (typeof node.key === 'string') boxes.set(node.key, node);
  });
  return { ...rendered, boxes };
}

describe('drawing a share card', () => {
  it('draws a 1200×630 PNG', async () => {
    const { png, missingGlyphs } = await renderSocialCard(card('Harbor Bridge reopens after 14-month repair'));
    expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(missingGlyphs).toEqual([]);
  });

  it('wraps a long headline onto several lines above the publication name', async () => {
    const headline = 'Council approves a sweeping overhaul of waterfront zoning, new ferry routes and a seawall bond after a marathon session that ran past midnight and drew hundreds of residents';
    const { boxes } = await layOut(headline);
    const box = boxes.get('headline')!;
    expect(box.height / Number(box.props.style.fontSize)).toBeGreaterThan(2);
    expect(box.top + box.height).toBeLessThanOrEqual(boxes.get('publication')!.top);
  });

  it.each([
    ['all capitals', 'BREAKING: COUNCIL APPROVES A SWEEPING OVERHAUL OF WATERFRONT ZONING, NEW FERRY ROUTES AND A SEAWALL BOND AFTER A MARATHON SESSION THAT RAN PAST MIDNIGHT AND DREW HUNDREDS OF RESIDENTS'.slice(0, 200)],
    ['the widest letters', 'WWWWWWWWW '.repeat(20).trim()],
    ['Cyrillic', 'Мэр представил бюджет: библиотеки получат больше денег, а полиция — меньше сверхурочных часов; совет проголосует в четверг после долгих слушаний'],
  ])('fits a 200-character headline in %s inside the card', async (_kind, headline) => {
    expect(headline.length).toBeLessThanOrEqual(200);
    const { boxes } = await layOut(headline);
    const box = boxes.get('headline')!;
    const publication = boxes.get('publication')!;
    expect(box.top + box.height).toBeLessThanOrEqual(publication.top);
    expect(publication.top + publication.height).toBeLessThanOrEqual(boxes.get('card')!.height);
    expect(boxes.get('card')!.height).toBe(630);
  });

  it('draws a Cyrillic headline with the font’s own letters', async () => {
    const { png, missingGlyphs } = await renderSocialCard(card('Мэр представил бюджет: библиотеки получат больше денег'));
    expect(missingGlyphs).toEqual([]);
    expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('still draws a card when the font lacks a script, and reports the text it could not draw', async () => {
    const { png, missingGlyphs } = await renderSocialCard(card('港口大桥重新开放 after repairs'));
    expect(missingGlyphs).toEqual(['港口大桥重新开放']);
    expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});
