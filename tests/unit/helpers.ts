import { buildGraph } from '../../src/graph/build';
import type { Dataset, Entity, Relation } from '../../src/model';

const ev = [{ source: 's1', quote: 'q' }];

/** A small dataset built in code: every entity type, a few relations of several types. */
export function miniDataset(): Dataset {
  const e = (
    id: string,
    type: Entity['type'],
    label: string,
    extra: Record<string, unknown> = {},
  ): Entity =>
    ({ id, type, label, aliases: [], description: `About ${label}.`, ...extra }) as Entity;
  const entities: Entity[] = [
    e('ha-kim-ngoc', 'person', 'Hà Kim Ngọc', { aliases: ['Ngoc', 'Ha Kim Ngoc'] }),
    e('jessica-lewis', 'person', 'Jessica Lewis', { aliases: ['Lewis'] }),
    e('bui-thanh-son', 'person', 'Bui Thanh Son', { aliases: ['Son'] }),
    e('psd-12', 'meeting', '12th Political, Security and Defence Dialogue', {
      kind: 'dialogue',
      number: 12,
      date: { precision: 'day', value: '2023-03-30' },
    }),
    e('psd-10', 'meeting', '10th Political, Security and Defence Dialogue', {
      kind: 'dialogue',
      number: 10,
      date: { precision: 'day', value: '2019-03-25' },
    }),
    e('psd-x', 'meeting', 'Unnumbered dialogue', {
      kind: 'dialogue',
      date: { precision: 'unknown', note: 'not stated' },
    }),
    e('unclos', 'agreement', 'UNCLOS', { kind: 'convention' }),
    e('east-sea', 'topic', 'East Sea issue'),
    e('mofa', 'organization', 'Ministry of Foreign Affairs'),
    e('vietnam', 'country', 'Việt Nam', { aliases: ['Vietnam'] }),
    e('washington', 'place', 'Washington DC'),
    e('lonely', 'topic', 'An isolated topic'),
  ];
  const r = (
    id: string,
    type: Relation['type'],
    source: string,
    target: string,
    extra: Partial<Relation> = {},
  ): Relation => ({
    id,
    type,
    source,
    target,
    evidence: ev,
    ...extra,
  });
  const relations: Relation[] = [
    r('r1', 'co_chaired', 'ha-kim-ngoc', 'psd-12', {
      qualifiers: { title: 'Deputy Minister of Foreign Affairs' },
    }),
    r('r2', 'co_chaired', 'jessica-lewis', 'psd-12'),
    r('r3', 'co_chaired', 'bui-thanh-son', 'psd-10', {
      qualifiers: { title: 'Deputy Foreign Minister' },
    }),
    r('r4', 'discussed', 'psd-12', 'east-sea'),
    r('r5', 'discussed', 'psd-10', 'east-sea', { date: { precision: 'day', value: '2019-03-25' } }),
    r('r6', 'reaffirmed', 'psd-12', 'unclos'),
    r('r7', 'held_in', 'psd-12', 'washington'),
    r('r8', 'holds_role', 'ha-kim-ngoc', 'mofa', { qualifiers: { title: 'Deputy Minister' } }),
    r('r9', 'part_of', 'mofa', 'vietnam'),
    r('r10', 'discussed', 'psd-x', 'east-sea'),
  ];
  return {
    sources: [{ id: 's1', title: 'S', language: 'en', file: 's1.txt' }],
    entities,
    relations,
  };
}

export function miniGraph() {
  return buildGraph(miniDataset()).graph;
}
