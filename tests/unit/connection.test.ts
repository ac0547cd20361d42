import { describe, expect, it } from 'vitest';
import { connectionCaption } from '../../src/features/connection/caption';
import { connectionResult } from '../../src/features/connection/results';
import {
  describeStatement,
  hopPhrase,
  noConnectionText,
  pathTitle,
  statementFacts,
} from '../../src/features/connection/wording';
import { decodeView, encodeView, type ViewContext } from '../../src/state/urlCodec';
import {
  INITIAL_VIEW,
  viewReducer,
  type ConnectionQuery,
  type ViewState,
} from '../../src/state/viewState';
import { miniGraph } from './helpers';

const ctx: ViewContext = {
  hasEntity: (id) => ['ha-kim-ngoc', 'jessica-lewis'].includes(id),
  hasRelation: () => false,
  relationTypes: new Set(),
};
const q: ConnectionQuery = {
  from: 'ha-kim-ngoc',
  to: 'jessica-lewis',
  followDirection: false,
  allowHubs: false,
  ignoreFilters: false,
  longer: 0,
  pick: 0,
};

describe('connection in the address', () => {
  it('round-trips the query with its options', () => {
    const state: ViewState = {
      ...INITIAL_VIEW,
      connection: { ...q, followDirection: true, allowHubs: true, longer: 2, pick: 3 },
    };
    const search = encodeView(state);
    expect(search).toBe('?path=ha-kim-ngoc%2Cjessica-lewis&pathopt=follow%2Chubs&longer=2&pick=3');
    const back = decodeView(search, ctx);
    expect(back.notices).toEqual([]);
    expect(back.state.connection).toEqual(state.connection);
  });

  it('defaults stay out of the address', () => {
    expect(encodeView({ ...INITIAL_VIEW, connection: q })).toBe(
      '?path=ha-kim-ngoc%2Cjessica-lewis',
    );
  });

  it('drops unknown ends and bad numbers with a notice', () => {
    const bad = decodeView('?path=ha-kim-ngoc,nobody', ctx);
    expect(bad.state.connection).toBeUndefined();
    expect(bad.notices[0]).toContain('nobody');
    const odd = decodeView('?path=ha-kim-ngoc,jessica-lewis&longer=99&pick=-1&pathopt=zap', ctx);
    expect(odd.state.connection).toEqual(q);
    expect(odd.notices).toHaveLength(3);
  });

  it('the reducer sets and clears it', () => {
    const on = viewReducer(INITIAL_VIEW, { type: 'setConnection', connection: q });
    expect(on.connection).toEqual(q);
    expect('connection' in viewReducer(on, { type: 'setConnection', connection: undefined })).toBe(
      false,
    );
  });
});

describe('connection wording', () => {
  const graph = miniGraph();

  it('reads a relation along the hop, arrowed when it runs backwards', () => {
    expect(hopPhrase(graph, 'r1', true)).toBe('co-chaired');
    expect(hopPhrase(graph, 'r1', false)).toBe('← co-chaired by');
  });

  it('results follow the query and the filters', () => {
    const r = connectionResult(graph, q, {
      hiddenTypes: new Set(),
      hiddenRelations: new Set(),
    });
    expect(r.paths.map((p) => pathTitle(graph, p))).toEqual([
      'Hà Kim Ngọc → 12th Political, Security and Defence Dialogue → Jessica Lewis',
    ]);
    const cut = connectionResult(graph, q, {
      hiddenTypes: new Set(),
      hiddenRelations: new Set(['co_chaired']),
    });
    expect(cut.paths).toEqual([]);
    const lines = noConnectionText(graph, q.from, q.to, cut.why!);
    expect(lines.join(' ')).toContain('keeping to what the filters show');
    const ignoring = connectionResult(
      graph,
      { ...q, ignoreFilters: true },
      {
        hiddenTypes: new Set(),
        hiddenRelations: new Set(['co_chaired']),
      },
    );
    expect(ignoring.paths).toHaveLength(1);
  });

  it('names speaker, side and meeting of a statement when the relation carries them', () => {
    const g = miniGraph();
    g.mergeEdgeAttributes('r6', {
      by: ['ha-kim-ngoc', 'jessica-lewis'],
      on_behalf_of: ['vietnam'],
      at: 'psd-12',
    });
    expect(describeStatement(statementFacts(g, 'r6'))).toBe(
      'said by Hà Kim Ngọc and Jessica Lewis · for Việt Nam · at 12th Political, Security and Defence Dialogue',
    );
    expect(describeStatement(statementFacts(g, 'r4'))).toBe('');
    expect(
      describeStatement({ speakers: [], sides: ['Vietnam', 'United States'], at: 'the dialogue' }),
    ).toBe('jointly, for Vietnam and United States · at the dialogue');
    expect(describeStatement({ speakers: [], sides: [] })).toBe('');
  });
});

describe('connection caption', () => {
  const graph = miniGraph();
  const none = { hiddenTypes: new Set<never>(), hiddenRelations: new Set<string>() };

  it('names the highlighted path', () => {
    expect(connectionCaption(graph, q, none)).toBe(
      'Connection: Hà Kim Ngọc → 12th Political, Security and Defence Dialogue → Jessica Lewis (path 1 of 1 shortest, 2 steps; avoiding countries and mechanisms)',
    );
  });

  it('says when there is none', () => {
    expect(connectionCaption(graph, q, { ...none, hiddenRelations: new Set(['co_chaired']) })).toBe(
      'Connection: none found between Hà Kim Ngọc and Jessica Lewis; avoiding countries and mechanisms',
    );
  });
});
