/** The widths Astro renders each picture at, for its srcset. */
const STEPS = [400, 800, 1200, 1600];

/**
 * The steps no wider than the picture itself, since upscaling only adds bytes; a picture narrower than
 * every step is offered at its own width, because a srcset needs at least one candidate.
 */
export function responsiveWidths(width: number): number[] {
  const widths = STEPS.filter((step) => step <= width);
  return widths.length > 0 ? widths : [width];
}
