import { shown, type AddressPart } from './part';

/**   source=<source id>&q=<relation id>:<n>  the Article view of a source, at the relation's n-th quote (from 1) */
export const articleAddress: AddressPart = {
  owner: 'article',
  keys: ['source', 'q'],
  encode(s, p) {
    if (!s.article) return;
    p.set('source', s.article.source);
    if (s.article.quote) p.set('q', s.article.quote);
  },
  decode(p, state, ctx, notices) {
    const source = p.get('source');
    if (source === null || !ctx.hasSource) return state;
    if (!ctx.hasSource(source)) {
      notices.push(`The link names a source without a text in this dataset: “${shown(source)}”.`);
      return state;
    }
    const q = p.get('q');
    if (q === null) return { ...state, article: { source } };
    if (ctx.quoteSource?.(q) === source) return { ...state, article: { source, quote: q } };
    notices.push(`Ignored a quote that this source does not hold: “${shown(q)}”.`);
    return { ...state, article: { source } };
  },
};
