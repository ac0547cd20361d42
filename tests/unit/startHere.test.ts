import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/data/node';
import { buildGraph } from '../../src/graph/build';
import { startHere } from '../../src/graph/startHere';
import { miniDataset, miniGraph } from './helpers';

describe('Start here suggestions', () => {
  it('picks the most connected person, the latest meeting and the main agreement', () => {
    const picks = startHere(miniGraph());
    expect(picks.map((p) => p.id)).toEqual(['ha-kim-ngoc', 'psd-12', 'unclos']);
    expect(picks[0]!.why).toBe('the most connected person (2 relations)');
    expect(picks[1]!.why).toBe('the latest meeting (30 March 2023)');
  });

  it('fills a missing type with the most connected entity not yet chosen', () => {
    const data = miniDataset();
    data.entities = data.entities.filter((e) => e.type !== 'agreement');
    data.relations = data.relations.filter((r) => r.target !== 'unclos');
    const picks = startHere(buildGraph(data).graph);
    expect(picks).toHaveLength(3);
    // East Sea issue has 3 relations, more than anything else left.
    expect(picks[2]!.id).toBe('east-sea');
    expect(new Set(picks.map((p) => p.id)).size).toBe(3);
  });

  it('gives fewer than three on a tiny graph, and none on an empty one', () => {
    const data = miniDataset();
    data.entities = data.entities.filter((e) => ['ha-kim-ngoc', 'mofa'].includes(e.id));
    data.relations = data.relations.filter((r) => r.id === 'r8');
    expect(startHere(buildGraph(data).graph).map((p) => p.id)).toEqual(['ha-kim-ngoc', 'mofa']);
    expect(startHere(buildGraph({ ...data, entities: [], relations: [] }).graph)).toEqual([]);
  });

  it('on the bundled data: a person, a meeting and an agreement', async () => {
    const { dataset } = await loadDatasetFromDir(
      fileURLToPath(new URL('../../graph-data', import.meta.url)),
    );
    const picks = startHere(buildGraph(dataset).graph);
    expect(picks.map((p) => p.type)).toEqual(['person', 'meeting', 'agreement']);
  });
});
