import type { ViewState } from '../viewState';
import { listParam, type AddressPart, type ViewContext } from './part';

/**
 *   expand=a,b                         entities whose neighbours were added ("Show neighbours")
 *   hidden=c,d                         entities taken off the view ("Hide")
 *   pin=a:120:-45,b:0:300              nodes placed by hand, at these positions (whole numbers)
 */
export const editsAddress: AddressPart = {
  owner: 'expand (Show neighbours, Hide, pins)',
  keys: ['expand', 'hidden', 'pin'],
  encode(s, p) {
    if (s.expanded.size) p.set('expand', [...s.expanded].join(','));
    if (s.hidden.size) p.set('hidden', [...s.hidden].join(','));
    if (s.pinned.size) p.set('pin', encodePins(s.pinned));
  },
  decode(p, state, ctx, notices) {
    const ids = (key: string, what: string) => {
      const all = listParam(p, key);
      const known = all.filter((id) => ctx.hasEntity(id));
      const dropped = all.length - known.length;
      if (dropped) notices.push(`Ignored ${dropped} ${what} not in this dataset.`);
      return new Set(known);
    };
    return {
      ...state,
      // Neighbours are shown around a focused network only (the selection part runs first).
      expanded: state.focusDepth > 0 ? ids('expand', 'expanded entities') : new Set(),
      hidden: ids('hidden', 'hidden entities'),
      pinned: decodePins(listParam(p, 'pin'), ctx, notices),
    };
  },
};

/** Positions are whole numbers in the address: "id:x:y" (ids never hold a colon or a comma). */
function encodePins(pinned: ViewState['pinned']): string {
  return [...pinned].map(([id, p]) => `${id}:${Math.round(p.x)}:${Math.round(p.y)}`).join(',');
}

/** Coordinates beyond this are taken as a broken link, not a place on the canvas. */
const MAX_COORDINATE = 1e7;

function decodePins(items: string[], ctx: ViewContext, notices: string[]): ViewState['pinned'] {
  const pinned = new Map<string, { x: number; y: number }>();
  let bad = 0;
  for (const item of items) {
    const m = /^(.+):(-?\d{1,8}):(-?\d{1,8})$/.exec(item);
    const x = Number(m?.[2]);
    const y = Number(m?.[3]);
    if (m && ctx.hasEntity(m[1]!) && Math.abs(x) <= MAX_COORDINATE && Math.abs(y) <= MAX_COORDINATE)
      pinned.set(m[1]!, { x, y });
    else bad++;
  }
  if (bad)
    notices.push(
      `Ignored ${bad} pinned ${bad === 1 ? 'position' : 'positions'} (unknown entity or not “id:x:y”).`,
    );
  return pinned;
}
