/**
 * The statement queries (src/graph/statements.ts) on the bundled dataset: the
 * two questions the convention exists for — every commitment of the United
 * States across the four rounds, and everything Bonnie Jenkins said — plus
 * the helpers' behaviour on a small hand-made dataset.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import {
  dateKey,
  groupByMeeting,
  statementsOf,
  titleAt,
  type StatementRecord,
} from '../../src/graph/statements';
import type { ParleyGraph } from '../../src/graph/types';
import type { Dataset } from '../../src/model';

const DATA_DIR = fileURLToPath(new URL('../../graph-data', import.meta.url));
const ROUNDS = ['psd-dialogue-10', 'psd-dialogue-12', 'psd-dialogue-post-csp', 'fm-dialogue-1'];

let dataset: Dataset;
let graph: ParleyGraph;
beforeAll(async () => {
  ({ dataset } = await loadDatasetFromDir(DATA_DIR));
  ({ graph } = buildGraph(dataset));
});

/** "meeting date [speakers] (joint) type target" — one line per statement. */
const line = (s: StatementRecord) =>
  `${s.meeting} ${s.date?.value ?? '?'} [${s.speakers.join(', ')}]${s.joint ? ' (joint)' : ''} ${s.relation.type} ${s.relation.target}`;

describe('every commitment of the United States', () => {
  let us: StatementRecord[];
  beforeAll(() => {
    us = statementsOf(graph, { side: 'united-states', types: ['committed_to'] });
  });

  it('spans all four rounds, each with its meeting, date and speaker where the text names one', () => {
    expect(us.map(line)).toEqual([
      'psd-dialogue-10 2019-03-25 [] (joint) committed_to delegation-exchanges',
      'psd-dialogue-10 2019-03-25 [] (joint) committed_to capacity-building',
      'psd-dialogue-10 2019-03-25 [] (joint) committed_to training',
      'psd-dialogue-10 2019-03-25 [] (joint) committed_to specialised-workshops',
      'psd-dialogue-10 2019-03-25 [] committed_to free-and-open-indo-pacific',
      'psd-dialogue-10 2019-03-25 [] committed_to un-peacekeeping',
      'psd-dialogue-12 2023-03-30 [] (joint) committed_to frank-dialogue-on-differences',
      'psd-dialogue-12 2023-03-30 [] (joint) committed_to uxo-clearance',
      'psd-dialogue-12 2023-03-30 [] (joint) committed_to dioxin-remediation',
      'psd-dialogue-12 2023-03-30 [] (joint) committed_to war-affected-people-support',
      'psd-dialogue-12 2023-03-30 [] (joint) committed_to vietnamese-mia-search',
      'psd-dialogue-12 2023-03-30 [] (joint) committed_to us-mia-search',
      'psd-dialogue-12 2023-03-30 [] committed_to maritime-capacity',
      'psd-dialogue-12 2023-03-30 [] committed_to law-enforcement',
      'psd-dialogue-12 2023-03-30 [] committed_to vietnamese-mia-search',
      'fm-dialogue-1 2024-03-25 [antony-blinken] committed_to vietnam-us-csp',
      'fm-dialogue-1 2024-03-25 [antony-blinken] committed_to vietnam-us-high-level-agreements',
      'fm-dialogue-1 2024-03-25 [antony-blinken] committed_to asean-us-csp',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to war-legacy',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to dioxin-remediation',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to uxo-clearance',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to agent-orange-victims-support',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to vietnamese-mia-search',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to defence-security-cooperation',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to training',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to medical-cooperation',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to peacekeeping',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to counter-terrorism',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to cyber-security',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to high-tech-crime',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to asean-us-csp',
      'psd-dialogue-post-csp ? [bonnie-jenkins] committed_to mekong-us-partnership',
    ]);
    expect(new Set(us.map((s) => s.meeting))).toEqual(new Set(ROUNDS));
  });

  it('dates each statement by its meeting, in date order with the undated round last', () => {
    for (const s of us) expect(s.date).toEqual(graph.getNodeAttribute(s.meeting, 'date'));
    const keys = us.map((s) => dateKey(s.date));
    expect(keys).toEqual([...keys].sort());
    expect(us.at(-1)?.date).toEqual(expect.objectContaining({ precision: 'unknown' }));
  });

  it('the US side alone (joint statements left out) is what one side committed to', () => {
    const own = statementsOf(graph, {
      side: 'united-states',
      types: ['committed_to'],
      joint: false,
    });
    expect(own.length).toBeLessThan(us.length);
    for (const s of own) expect(s.sides).toEqual(['united-states']);
    expect(own.every((s) => s.speakers.length <= 1)).toBe(true);
    expect(own.every((s) => s.relation.source !== s.meeting)).toBe(true);
  });

  it('counts "on behalf of the U.S. Government" as the US (its government is part of it)', () => {
    const thanks = statementsOf(graph, { side: 'united-states', types: ['thanked'] });
    expect(thanks.map((s) => `${s.relation.source} ${s.relation.target} ${s.sides}`)).toEqual([
      'andrea-thompson vietnam united-states',
      'bonnie-jenkins vietnam-government us-government',
    ]);
  });

  it('at the 000 round the US says only what Bonnie Jenkins says (000 names no other US speaker)', () => {
    // The "U.S.'s commitment" Ngoc welcomed is his statement, not a US one made there.
    const own = statementsOf(graph, { side: 'united-states', joint: false }).filter(
      (s) => s.meeting === 'psd-dialogue-post-csp',
    );
    expect(own.length).toBeGreaterThan(10);
    for (const s of own) expect(s.speakers, s.relation.id).toEqual(['bonnie-jenkins']);
  });

  it('gives the same answer from the dataset as from the graph', () => {
    const fromData = statementsOf(dataset, { side: 'united-states', types: ['committed_to'] });
    expect(fromData.map(line)).toEqual(us.map(line));
  });
});

describe('everything Bonnie Jenkins said', () => {
  it('is every statement whose speakers include her, all at the round after the 2023 upgrade', () => {
    const said = statementsOf(graph, { speaker: 'bonnie-jenkins' });
    expect(said.map((s) => `${s.relation.type} ${s.relation.target}`)).toEqual([
      'praised joint-statement-2023',
      'welcomed political-diplomatic-cooperation',
      'welcomed economy-trade',
      'welcomed defence-security-cooperation',
      'welcomed culture-education',
      'welcomed people-to-people-exchanges',
      'praised defence-security-cooperation-agreements',
      'agreed war-legacy',
      'committed_to war-legacy',
      'committed_to dioxin-remediation',
      'committed_to uxo-clearance',
      'committed_to agent-orange-victims-support',
      'committed_to vietnamese-mia-search',
      'thanked vietnam-government',
      'committed_to defence-security-cooperation',
      'committed_to training',
      'committed_to medical-cooperation',
      'committed_to peacekeeping',
      'committed_to counter-terrorism',
      'committed_to cyber-security',
      'committed_to high-tech-crime',
      'values indo-pacific',
      'supports asean-centrality',
      'committed_to asean-us-csp',
      'committed_to mekong-us-partnership',
    ]);
    for (const s of said) {
      expect(s.meeting).toBe('psd-dialogue-post-csp');
      expect(s.relation.evidence.length).toBeGreaterThan(0);
    }
    // joint with Ha Kim Ngoc ("the two deputy ministers", "Both"), else for the US or its government
    expect(new Set(said.filter((s) => s.joint).map((s) => s.speakers.join(' ')))).toEqual(
      new Set(['ha-kim-ngoc bonnie-jenkins']),
    );
    expect(new Set(said.filter((s) => !s.joint).flatMap((s) => s.sides))).toEqual(
      new Set(['united-states', 'us-government']),
    );
  });

  it('her title there is the one 000 gives', () => {
    expect(titleAt(graph, 'bonnie-jenkins', 'psd-dialogue-post-csp')).toBe(
      'Under Secretary of State',
    );
    expect(titleAt(dataset, 'bui-thanh-son', 'psd-dialogue-10')).toBe('Deputy Foreign Minister');
    expect(titleAt(dataset, 'bui-thanh-son', 'fm-dialogue-1')).toBe('Foreign Minister');
  });
});

describe('the statement helpers', () => {
  const tiny: Dataset = {
    sources: [],
    entities: [
      { id: 'a', type: 'person', label: 'A', aliases: [], description: 'x' },
      { id: 'x', type: 'country', label: 'X', aliases: [], description: 'x' },
      { id: 'y', type: 'country', label: 'Y', aliases: [], description: 'x' },
      { id: 't', type: 'topic', label: 'T', aliases: [], description: 'x' },
      ...(['m1', 'm2', 'm3'] as const).map((id, i) => ({
        id,
        type: 'meeting' as const,
        label: id,
        aliases: [],
        description: 'x',
        kind: 'dialogue' as const,
        date:
          i === 2
            ? { precision: 'unknown' as const, note: 'n' }
            : { precision: 'year' as const, value: i === 0 ? '2020' : '2010' },
      })),
    ],
    relations: [
      {
        id: 'r1',
        type: 'agreed',
        source: 'm1',
        target: 't',
        at: 'm1',
        on_behalf_of: ['x', 'y'],
        evidence: [],
      },
      {
        id: 'r2',
        type: 'supports',
        source: 'a',
        target: 't',
        at: 'm3',
        by: ['a'],
        on_behalf_of: ['x'],
        evidence: [],
      },
      {
        id: 'r3',
        type: 'called_for',
        source: 'y',
        target: 't',
        at: 'm2',
        on_behalf_of: ['y'],
        evidence: [],
      },
      {
        id: 'r4',
        type: 'attended',
        source: 'a',
        target: 'm2',
        on_behalf_of: ['x'],
        qualifiers: { title: 'Envoy' },
        evidence: [],
      },
      // a statement missing its meeting is not a (complete) statement
      { id: 'r5', type: 'agreed', source: 'x', target: 't', on_behalf_of: ['x'], evidence: [] },
    ],
  };

  it('sorts by meeting date, unknown last, and skips participation and incomplete statements', () => {
    expect(statementsOf(tiny).map((s) => s.relation.id)).toEqual(['r3', 'r1', 'r2']);
  });

  it('filters by side, speaker, meeting, target and joint', () => {
    const ids = (f: Parameters<typeof statementsOf>[1]) =>
      statementsOf(tiny, f).map((s) => s.relation.id);
    expect(ids({ side: 'x' })).toEqual(['r1', 'r2']);
    expect(ids({ side: 'x', joint: false })).toEqual(['r2']);
    expect(ids({ speaker: 'a' })).toEqual(['r2']);
    expect(ids({ meeting: 'm2' })).toEqual(['r3']);
    expect(ids({ target: 'm2' })).toEqual([]);
    expect(ids({ types: ['agreed', 'called_for'] })).toEqual(['r3', 'r1']);
  });

  it('groups by meeting in date order', () => {
    expect(groupByMeeting(statementsOf(tiny)).map((g) => g.meeting)).toEqual(['m2', 'm1', 'm3']);
  });

  it('finds a title on the participation, else nothing', () => {
    expect(titleAt(tiny, 'a', 'm2')).toBe('Envoy');
    expect(titleAt(tiny, 'a', 'm1')).toBeUndefined();
  });
});
