/**
 * The priority labels' classes, one list for everything that sets, styles or
 * strips them: canvas/labels.ts sets them, stylesheet.ts places the labels,
 * an image export removes them (every label drawn).
 */

/** Where a label sits around its node, in the order tried (canvas/labelPriority.ts). */
export const PLACEMENTS = [
  'bottom',
  'top',
  'right',
  'left',
  'bottom-right',
  'top-right',
  'bottom-left',
  'top-left',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The corners: the label starts at the corner of the node's box. */
export const CORNERS = PLACEMENTS.filter((p) => p.includes('-'));

/** The class placing a label ('bottom', the stylesheet's default, has none). */
export const placementClass = (at: Placement): string => (at === 'bottom' ? '' : `label-${at}`);

/** Every class a label refresh sets: labelled, a placement, unlabelled. */
export const LABEL_CLASSES: readonly string[] = [
  'label-on',
  ...PLACEMENTS.filter((p) => p !== 'bottom').map((p) => `label-${p}`),
  'label-off',
];
