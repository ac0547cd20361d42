import { ENTITY_TYPES, isEntityType } from '../../model';
import { listParam, shown, type AddressPart } from './part';

/**
 *   hide=person,topic                  hidden entity types (the legend)
 *   hiderel=discussed,part_of          hidden relation types
 */
export const typesAddress: AddressPart = {
  owner: 'legend and filters',
  keys: ['hide', 'hiderel'],
  encode(s, p) {
    if (s.hiddenTypes.size)
      p.set(
        'hide',
        [
          ...ENTITY_TYPES.filter((t) => s.hiddenTypes.has(t)),
          ...[...s.hiddenTypes].filter((t) => !isEntityType(t)).sort(),
        ].join(','),
      );
    if (s.hiddenRelations.size) p.set('hiderel', [...s.hiddenRelations].sort().join(','));
  },
  decode(p, state, ctx, notices) {
    const types = new Set<string>();
    for (const t of listParam(p, 'hide')) {
      if (isEntityType(t) || ctx.addedTypes?.has(t)) types.add(t);
      else notices.push(`Ignored unknown entity type “${shown(t)}”.`);
    }
    const rels = new Set<string>();
    for (const t of listParam(p, 'hiderel')) {
      if (ctx.relationTypes.has(t)) rels.add(t);
      else notices.push(`Ignored unknown relation type “${shown(t)}”.`);
    }
    return { ...state, hiddenTypes: types, hiddenRelations: rels };
  },
};

/**   isolated=hide                      hide isolated entities */
export const isolatedAddress: AddressPart = {
  owner: 'filters',
  keys: ['isolated'],
  encode(s, p) {
    if (s.hideIsolated) p.set('isolated', 'hide');
  },
  decode: (p, state) => (p.get('isolated') === 'hide' ? { ...state, hideIsolated: true } : state),
};
