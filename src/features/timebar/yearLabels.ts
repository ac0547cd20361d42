/** Room a year label needs ("2013" at the axis font, 11 px, with a gap), px. */
const YEAR_LABEL_PX = 34;

/**
 * Every year keeps its line on the time bar; the labels skip years (only
 * every 2nd, 5th, 10th… year is named) when a year is too narrow for its
 * number, as on a phone, so the numbers never run into each other.
 */
export function yearLabelStep(yearPx: number): number {
  return [1, 2, 5, 10, 20, 50].find((k) => k * yearPx >= YEAR_LABEL_PX) ?? 100;
}
