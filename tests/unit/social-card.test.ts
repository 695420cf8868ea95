import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_COLOURS,
  HEADLINE_BOX,
  HEADLINE_LINE_HEIGHT,
  HEADLINE_SIZES,
  estimatedLines,
  headlineFontSize,
  logoMark,
  socialCard,
  type CardNode,
} from '../../src/lib/social/social-card.ts';
import { needsGeneratedCard, socialImageFor, socialImagePath } from '../../src/lib/social/social-image.ts';
import { projectRoot } from '../helpers/site.ts';
import { makeStory } from '../helpers/story.ts';

const content = {
  headline: 'Harbor Bridge reopens after 14-month repair',
  section: 'City',
  publication: 'The Meridian Post',
};

/** The node with this id, wherever it is in the tree. */
function find(node: CardNode, id: string): CardNode | undefined {
  if (node.id === id) return node;
  return node.type === 'container' ? node.children.map((child) => find(child, id)).find(Boolean) : undefined;
}

const headlineOf = (words: number, word = 'harbor') => Array.from({ length: words }, () => word).join(' ');

describe('the share card layout', () => {
  it('shows the section, the headline and the publication name, in that order', () => {
    const card = socialCard(content, { fontFamily: 'Serif' });
    expect(card.children.map((child) => [child.id, 'text' in child ? child.text : child.children])).toEqual([
      ['section', 'City'],
      ['headline', 'Harbor Bridge reopens after 14-month repair'],
      ['publication', 'The Meridian Post'],
    ]);
    expect(card.style).toMatchObject({ width: 1200, height: 630, fontFamily: 'Serif' });
  });

  it('paints in the light colours of the site stylesheet', () => {
    const css = readFileSync(join(projectRoot, 'src/styles/global.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(light)?.[1];
    expect(CARD_COLOURS).toEqual({
      paper: variable('paper-tint'),
      ink: variable('ink'),
      accent: variable('accent'),
      rule: variable('rule'),
    });
    const card = socialCard(content, { fontFamily: 'Serif' });
    expect(card.style.backgroundColor).toBe(CARD_COLOURS.paper);
    expect(find(card, 'section')?.style.color).toBe(CARD_COLOURS.accent);
  });

  it('gives a short headline the largest type and scales longer ones down', () => {
    expect(headlineFontSize('Bridge reopens')).toBe(HEADLINE_SIZES[0]);
    const sizes = [2, 6, 10, 14, 18, 24, 30].map((words) => headlineFontSize(headlineOf(words)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.at(-1)).toBeLessThan(sizes[0]!);
    expect(
      find(socialCard({ ...content, headline: headlineOf(30) }, { fontFamily: 'Serif' }), 'headline')?.style.fontSize,
    ).toBe(sizes.at(-1));
  });

  it('wraps a long headline onto several lines that all fit the headline box', () => {
    for (const headline of [
      headlineOf(28),
      'W'.repeat(9).concat(' ').repeat(20).trim(),
      'Мэр представил бюджет '.repeat(9).trim(),
    ]) {
      expect(headline.length).toBeLessThanOrEqual(200);
      const size = headlineFontSize(headline);
      const lines = estimatedLines(headline, size);
      expect(lines).toBeGreaterThan(1);
      expect(lines * size * HEADLINE_LINE_HEIGHT).toBeLessThanOrEqual(HEADLINE_BOX.height);
    }
  });

  it('counts a word longer than a line as taking more than one', () => {
    expect(estimatedLines('x'.repeat(80), 96)).toBeGreaterThan(1);
    expect(estimatedLines('short', 96)).toBe(1);
  });
});

describe('which image a story is shared with', () => {
  it('draws a card at /social/{slug}.png for a story without an image, described by its headline', () => {
    const story = makeStory({ slug: 'ferry-record', data: { headline: 'Ferry ridership hits a record' } });
    expect(socialImagePath(story)).toBe('/social/ferry-record.png');
    expect(socialImageFor(story)).toEqual({
      kind: 'card',
      path: '/social/ferry-record.png',
      type: 'image/png',
      width: 1200,
      height: 630,
      alt: 'Ferry ridership hits a record',
    });
    expect(needsGeneratedCard(story)).toBe(true);
  });

  it("uses the article's own photo, with the editor's alt text, when it has one", () => {
    const src = { src: '/_astro/ferry.jpg', width: 2400, height: 1600, format: 'jpg' as const };
    const story = makeStory({ data: { image: { src, alt: 'The ferry at dawn' } } });
    expect(socialImageFor(story)).toEqual({
      kind: 'photo',
      src,
      type: 'image/jpeg',
      width: 1200,
      height: 630,
      alt: 'The ferry at dawn',
    });
    expect(needsGeneratedCard(story)).toBe(false);
  });
});

describe('the publisher’s logo', () => {
  it('is the monogram in the cards’ type, paper on their accent, on a 512 px square', () => {
    const logo = logoMark({ monogram: 'M' }, { fontFamily: 'Serif' });
    expect(logo.style).toMatchObject({
      width: 512,
      height: 512,
      backgroundColor: CARD_COLOURS.accent,
      color: CARD_COLOURS.paper,
      fontFamily: 'Serif',
      fontWeight: 700,
    });
    expect(logo.children).toEqual([expect.objectContaining({ type: 'text', text: 'M' })]);
  });
});
