import { describe, expect, it } from 'vitest';
import { visibleElements, yearBounds, type GraphFilter } from '../../src/graph/filter';
import { egoNodes, relationGroups, rolesOf } from '../../src/graph/queries';
import { miniGraph } from './helpers';

const none: GraphFilter = {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  hideIsolated: false,
};

describe('visibleElements', () => {
  const graph = miniGraph();

  it('shows everything without filters', () => {
    const v = visibleElements(graph, none);
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
  });

  it('hides a type and the relations touching it', () => {
    const v = visibleElements(graph, { ...none, hiddenTypes: new Set(['topic']) });
    expect(v.nodes.has('east-sea')).toBe(false);
    expect(v.edges.has('r4')).toBe(false);
    expect(v.edges.has('r1')).toBe(true);
  });

  it('hides relation types', () => {
    const v = visibleElements(graph, { ...none, hiddenRelations: new Set(['co_chaired']) });
    expect(v.edges.has('r1')).toBe(false);
    expect(v.nodes.has('ha-kim-ngoc')).toBe(true);
  });

  it('year range hides meetings and dated relations outside it, keeps undated ones', () => {
    const v = visibleElements(graph, { ...none, years: [2020, 2024] });
    expect(v.nodes.has('psd-10')).toBe(false);
    expect(v.nodes.has('psd-12')).toBe(true);
    expect(v.nodes.has('psd-x')).toBe(true);
    expect(v.edges.has('r5')).toBe(false);
    expect(v.edges.has('r3')).toBe(false);
  });

  it('hide isolated removes entities with no visible relation', () => {
    const v = visibleElements(graph, { ...none, hideIsolated: true });
    expect(v.nodes.has('lonely')).toBe(false);
    const w = visibleElements(graph, {
      ...none,
      hideIsolated: true,
      hiddenRelations: new Set(['held_in']),
    });
    expect(w.nodes.has('washington')).toBe(false);
  });

  it('focus keeps the ego network within the given depth', () => {
    const one = visibleElements(graph, { ...none, focus: { center: 'ha-kim-ngoc', depth: 1 } });
    expect([...one.nodes].sort()).toEqual(['ha-kim-ngoc', 'mofa', 'psd-12']);
    const two = visibleElements(graph, { ...none, focus: { center: 'ha-kim-ngoc', depth: 2 } });
    expect(two.nodes.has('jessica-lewis')).toBe(true);
    expect(two.nodes.has('vietnam')).toBe(true);
    expect(two.nodes.has('bui-thanh-son')).toBe(false);
  });

  it('reports the year bounds of dated meetings and relations', () => {
    expect(yearBounds(graph)).toEqual([2019, 2023]);
  });
});

describe('queries', () => {
  const graph = miniGraph();

  it('groups relations by type and direction with the right phrase', () => {
    const groups = relationGroups(graph, 'psd-12');
    const coChairedBy = groups.find((g) => g.key === 'co_chaired:in');
    expect(coChairedBy?.phrase).toBe('co-chaired by');
    expect(coChairedBy?.relations.map((r) => r.other).sort()).toEqual([
      'ha-kim-ngoc',
      'jessica-lewis',
    ]);
    const out = relationGroups(graph, 'ha-kim-ngoc').find((g) => g.key === 'co_chaired:out');
    expect(out?.phrase).toBe('co-chaired');
    expect(out?.relations[0]?.otherLabel).toBe('12th Political, Security and Defence Dialogue');
  });

  it('lists the titles a person held, each with the events where it is attested', () => {
    const roles = rolesOf(graph, 'ha-kim-ngoc');
    expect(roles.map((r) => r.title)).toEqual([
      'Deputy Minister of Foreign Affairs',
      'Deputy Minister',
    ]);
    expect(roles[0]?.at.map((a) => a.id)).toEqual(['psd-12']);
    expect(roles[0]?.from).toBe('2023-03-30');
    expect(roles[1]?.at.map((a) => a.id)).toEqual(['mofa']);
    expect(roles[1]?.from).toBeUndefined();
  });

  it('egoNodes ignores direction', () => {
    expect([...egoNodes(graph, 'east-sea', 1)].sort()).toEqual([
      'east-sea',
      'psd-10',
      'psd-12',
      'psd-x',
    ]);
  });
});
