import { describe, expect, it } from 'vitest';
import { responsiveWidths } from '../../src/lib/content/image-widths.ts';

describe('responsiveWidths', () => {
  it.each([
    { width: 3000, widths: [400, 800, 1200, 1600] },
    { width: 1600, widths: [400, 800, 1200, 1600] },
    { width: 1000, widths: [400, 800] },
    { width: 400, widths: [400] },
    { width: 96, widths: [96] },
  ])('offers a $width px picture at $widths, never wider than it is', ({ width, widths }) => {
    expect(responsiveWidths(width)).toEqual(widths);
  });
});
