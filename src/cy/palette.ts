import { isEntityType, type EntityType, type Vocabulary } from '../model';

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

export interface TypeStyle {
  color: string;
  shape: string;
  symbol: string;
}

/**
 * Looks for the entity types a vocabulary adds: hues none of the built-in
 * types use, each at least 3:1 against both the light and the dark canvas
 * (WCAG 1.4.11), paired with shapes none of them use.
 */
const ADDED_COLORS = ['#8172B3', '#1F9E89', '#C44E52', '#8E6C8A', '#6F8F00', '#B5651D'];
const ADDED_SHAPES: readonly (readonly [string, string])[] = [
  ['rectangle', '■'],
  ['vee', '▼'],
  ['rhomboid', '▰'],
  ['pentagon', '⬠'],
  ['octagon', '⯃'],
  ['barrel', '▮'],
];

/** The look of the i-th added type: colour and shape both vary, so 36 types stay apart. */
export function addedTypeStyle(i: number): TypeStyle {
  const n = ADDED_COLORS.length;
  const color = ADDED_COLORS[i % n] ?? '#8172B3';
  const [shape, symbol] = ADDED_SHAPES[(i + Math.floor(i / n)) % ADDED_SHAPES.length] ?? [
    'rectangle',
    '■',
  ];
  return { color, shape, symbol };
}

/** The look of any entity type: a built-in one, or one the vocabulary adds (by its order there). */
export function typeStyle(type: string, vocabulary: Vocabulary): TypeStyle {
  if (isEntityType(type)) return TYPE_STYLE[type];
  const i = vocabulary.entityTypes.findIndex((t) => t.id === type);
  return addedTypeStyle(Math.max(0, i));
}
