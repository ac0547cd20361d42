import type { ConnectionQuery } from '../viewState';
import type { AddressPart, ViewContext } from './part';

/** "Show longer ones" goes this many lengths beyond the shortest at most. */
export const MAX_LONGER = 3;

const PATH_OPTIONS = ['follow', 'hubs', 'allrel'] as const;

/**
 *   path=<from id>,<to id>             connection shown (path search)
 *   pathopt=follow,hubs,allrel         its options: follow direction, allow hubs, ignore filters
 *   longer=1  pick=2                   lengths shown beyond the shortest; which path is highlighted
 */
export const connectionAddress: AddressPart = {
  owner: 'connection',
  keys: ['path', 'pathopt', 'longer', 'pick'],
  encode(s, p) {
    const c = s.connection;
    if (!c) return;
    p.set('path', `${c.from},${c.to}`);
    const opts = [
      c.followDirection && 'follow',
      c.allowHubs && 'hubs',
      c.ignoreFilters && 'allrel',
    ];
    if (opts.some(Boolean)) p.set('pathopt', opts.filter(Boolean).join(','));
    if (c.longer > 0) p.set('longer', String(c.longer));
    if (c.pick > 0) p.set('pick', String(c.pick));
  },
  decode(p, state, ctx, notices) {
    const connection = decodeConnection(p, ctx, notices);
    return connection ? { ...state, connection } : state;
  },
};

function decodeConnection(
  p: URLSearchParams,
  ctx: ViewContext,
  notices: string[],
): ConnectionQuery | undefined {
  const raw = p.get('path');
  if (raw === null) return undefined;
  const ends = raw.split(',');
  const known = ends.length === 2 && ends.every((id) => ctx.hasEntity(id));
  if (!known) {
    notices.push(`Ignored a connection between entities that are not in this dataset: “${raw}”.`);
    return undefined;
  }
  const opts = new Set((p.get('pathopt') ?? '').split(',').filter(Boolean));
  for (const o of opts)
    if (!(PATH_OPTIONS as readonly string[]).includes(o))
      notices.push(`Ignored unknown connection option “${o}”.`);
  const count = (key: string, max: number) => {
    const v = p.get(key);
    if (v === null) return 0;
    const n = Number(v);
    if (Number.isInteger(n) && n >= 0 && n <= max) return n;
    notices.push(`Ignored ${key} “${v}” (use a whole number up to ${max}).`);
    return 0;
  };
  return {
    from: ends[0]!,
    to: ends[1]!,
    followDirection: opts.has('follow'),
    allowHubs: opts.has('hubs'),
    ignoreFilters: opts.has('allrel'),
    longer: count('longer', MAX_LONGER),
    pick: count('pick', 999),
  };
}
