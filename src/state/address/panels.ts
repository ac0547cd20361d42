import { listParam, type AddressPart } from './part';

/**   thread=dioxin-remediation-bien-hoa the open thread */
export const threadAddress: AddressPart = {
  owner: 'thread',
  keys: ['thread'],
  encode(s, p) {
    if (s.thread) p.set('thread', s.thread);
  },
  decode(p, state, ctx, notices) {
    const thread = p.get('thread');
    if (thread === null) return state;
    if (ctx.hasEntity(thread)) return { ...state, thread };
    notices.push(`The link's thread names an entity that is not in this dataset: “${thread}”.`);
    return state;
  },
};

/**   compare=psd-dialogue-10,psd-dialogue-12  the two meetings compared */
export const compareAddress: AddressPart = {
  owner: 'compare',
  keys: ['compare'],
  encode(s, p) {
    if (s.compare) p.set('compare', s.compare.join(','));
  },
  decode(p, state, ctx, notices) {
    const compare = listParam(p, 'compare');
    if (!compare.length) return state;
    const known = compare.slice(0, 2).map((id) => (ctx.hasEntity(id) ? id : ''));
    if (known.some((k, i) => !k && compare[i]))
      notices.push('Ignored a meeting to compare that is not in this dataset.');
    return { ...state, compare: [known[0] ?? '', known[1] ?? ''] };
  },
};
