import type { EntityType } from '../model';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), each
 * type also with its own shape so colour is never the only cue.
 */
export const TYPE_STYLE: Record<EntityType, { color: string; shape: string; symbol: string }> = {
  person: { color: '#0072B2', shape: 'ellipse', symbol: '●' },
  meeting: { color: '#D55E00', shape: 'diamond', symbol: '◆' },
  agreement: { color: '#009E73', shape: 'round-rectangle', symbol: '▬' },
  topic: { color: '#E69F00', shape: 'round-hexagon', symbol: '⬢' },
  organization: { color: '#CC79A7', shape: 'round-tag', symbol: '⬟' },
  country: { color: '#56B4E9', shape: 'star', symbol: '★' },
  place: { color: '#B8A300', shape: 'round-triangle', symbol: '▲' },
};
