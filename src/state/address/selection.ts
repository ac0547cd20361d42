import type { ViewState } from '../viewState';
import { shown, type AddressPart, type ViewContext } from './part';

/**
 *   e=<entity id> | r=<relation id>   selection
 *   focus=1|2                          ego network around the selected entity
 *   center=<entity id>                 … around this one instead (selected inside the network)
 */
export const selectionAddress: AddressPart = {
  owner: 'details (selection and focus)',
  keys: ['e', 'r', 'focus', 'center'],
  encode(s, p) {
    if (s.selection) p.set(s.selection.kind === 'entity' ? 'e' : 'r', s.selection.id);
    if (s.focusDepth > 0) p.set('focus', String(s.focusDepth));
    if (s.focusDepth > 0 && s.focusCenter && s.focusCenter !== s.selection?.id)
      p.set('center', s.focusCenter);
  },
  decode(p, state, ctx, notices) {
    const e = p.get('e');
    const r = p.get('r');
    if (e !== null) {
      if (ctx.hasEntity(e)) state = { ...state, selection: { kind: 'entity', id: e } };
      else notices.push(`The link names an entity that is not in this dataset: “${shown(e)}”.`);
    } else if (r !== null) {
      if (ctx.hasRelation(r)) state = { ...state, selection: { kind: 'relation', id: r } };
      else notices.push(`The link names a relation that is not in this dataset: “${shown(r)}”.`);
    }
    return decodeFocus(p, state, ctx, notices);
  },
};

function decodeFocus(
  p: URLSearchParams,
  state: ViewState,
  ctx: ViewContext,
  notices: string[],
): ViewState {
  const focus = p.get('focus');
  if (focus !== '1' && focus !== '2') {
    if (focus !== null) notices.push(`Ignored focus “${shown(focus)}” (use 1 or 2).`);
    return state;
  }
  const center = p.get('center');
  if (center !== null && !ctx.hasEntity(center)) {
    notices.push(`Ignored a focus on an entity that is not in this dataset: “${shown(center)}”.`);
    return state;
  }
  const on = center ?? (state.selection?.kind === 'entity' ? state.selection.id : undefined);
  return on ? { ...state, focusDepth: Number(focus) as 1 | 2, focusCenter: on } : state;
}
