/** The Article in the address: `source=` and `q=` (relation id + evidence number), cleaned against the dataset. */
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type ViewContext } from '../../src/state/urlCodec';
import { INITIAL_VIEW, viewReducer } from '../../src/state/viewState';

const ctx: ViewContext = {
  hasEntity: () => false,
  hasRelation: (id) => id === 'a.co_chaired.b',
  relationTypes: new Set(),
  hasSource: (id) => id === 's1' || id === 's2',
  quoteSource: (key) => ({ 'a.co_chaired.b:1': 's1', 'a.co_chaired.b:2': 's2' })[key],
};

describe('the Article in the address', () => {
  it('round-trips a source and a quote', () => {
    const state = viewReducer(INITIAL_VIEW, {
      type: 'setArticle',
      article: { source: 's1', quote: 'a.co_chaired.b:1' },
    });
    const query = encodeView(state);
    expect(query).toBe('?source=s1&q=a.co_chaired.b%3A1');
    const { state: back, notices } = decodeView(query, ctx);
    expect(notices).toEqual([]);
    expect(back.article).toEqual({ source: 's1', quote: 'a.co_chaired.b:1' });
    expect(viewReducer(back, { type: 'setArticle', article: undefined }).article).toBeUndefined();
  });

  it('keeps the source but drops a quote it does not hold, with a notice', () => {
    const { state, notices } = decodeView('?source=s1&q=a.co_chaired.b:2', ctx);
    expect(state.article).toEqual({ source: 's1' });
    expect(notices).toEqual([
      'Ignored a quote that this source does not hold: “a.co_chaired.b:2”.',
    ]);
  });

  it('drops an unknown source with a notice, and ignores source= where sources have no texts', () => {
    const { state, notices } = decodeView('?source=nope&q=x:1', ctx);
    expect(state.article).toBeUndefined();
    expect(notices).toEqual(['The link names a source without a text in this dataset: “nope”.']);
    const { hasSource: _h, quoteSource: _q, ...noTexts } = ctx;
    expect(decodeView('?source=s1', noTexts).state.article).toBeUndefined();
  });
});
