import { isColourBy, isSizeBy } from '../../graph/measures';
import { LAYOUTS, LIST_TABLES, type LayoutName, type ListTable } from '../viewState';
import { shown, type AddressPart } from './part';

/**   layout=timeline                    layout (force is the default) */
export const layoutAddress: AddressPart = {
  owner: 'toolbar (layout)',
  keys: ['layout'],
  encode(s, p) {
    if (s.layout !== 'force') p.set('layout', s.layout);
  },
  decode(p, state, _ctx, notices) {
    const layout = p.get('layout');
    if (layout === null) return state;
    if ((LAYOUTS as readonly string[]).includes(layout))
      return { ...state, layout: layout as LayoutName };
    notices.push(`Ignored unknown layout “${shown(layout)}”.`);
    return state;
  },
};

/**
 *   size=pagerank                      node size by weightedDegree|pagerank|betweenness (degree is the default)
 *   colour=community                   node colour by community (type is the default)
 */
export const encodingAddress: AddressPart = {
  owner: 'encoding',
  keys: ['size', 'colour'],
  encode(s, p) {
    if (s.sizeBy && s.sizeBy !== 'degree') p.set('size', s.sizeBy);
    if (s.colourBy && s.colourBy !== 'type') p.set('colour', s.colourBy);
  },
  decode(p, state, _ctx, notices) {
    const size = p.get('size');
    if (size !== null) {
      if (isSizeBy(size)) {
        if (size !== 'degree') state = { ...state, sizeBy: size };
      } else notices.push(`Ignored unknown size measure “${size}”.`);
    }
    const colour = p.get('colour');
    if (colour !== null) {
      if (isColourBy(colour) && colour !== 'type') state = { ...state, colourBy: colour };
      else if (colour !== 'type') notices.push(`Ignored unknown colouring “${colour}”.`);
    }
    return state;
  },
};

/**   list=entities|relations            the List view (a table twin of the graph) and its table */
export const listAddress: AddressPart = {
  owner: 'list',
  keys: ['list'],
  encode(s, p) {
    if (s.list) p.set('list', s.list);
  },
  decode(p, state, _ctx, notices) {
    const table = p.get('list');
    if (table === null) return state;
    if ((LIST_TABLES as readonly string[]).includes(table))
      return { ...state, list: table as ListTable };
    notices.push(`Ignored unknown list “${shown(table)}” (use entities or relations).`);
    return state;
  },
};
