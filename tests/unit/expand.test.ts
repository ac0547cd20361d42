import { describe, expect, it } from 'vitest';
import { neighboursToShow, withEdits } from '../../src/graph/expand';
import { visibleElements, type GraphFilter } from '../../src/graph/filter';
import { miniGraph } from './helpers';

const none: GraphFilter = {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  hideIsolated: false,
};
const edits = (expanded: string[] = [], hidden: string[] = []) => ({
  expanded: new Set(expanded),
  hidden: new Set(hidden),
});

describe('Show neighbours and Hide (withEdits)', () => {
  const graph = miniGraph();
  // The 1-step network of Jessica Lewis: herself and the 12th dialogue.
  const focus: GraphFilter = { ...none, focus: { center: 'jessica-lewis', depth: 1 } };
  const base = visibleElements(graph, focus);

  it('returns the base itself when nothing was edited', () => {
    expect(withEdits(graph, focus, base, edits())).toBe(base);
    expect([...base.nodes].sort()).toEqual(['jessica-lewis', 'psd-12']);
  });

  it('adds the neighbours of an expanded entity and the relations between shown ones', () => {
    const v = withEdits(graph, focus, base, edits(['psd-12']));
    expect([...v.nodes].sort()).toEqual(
      ['east-sea', 'ha-kim-ngoc', 'jessica-lewis', 'psd-12', 'unclos', 'washington'].sort(),
    );
    expect(v.edges.has('r1')).toBe(true); // ha-kim-ngoc co-chaired psd-12
    expect(v.edges.has('r8')).toBe(false); // ha-kim-ngoc → mofa: mofa is not shown
    expect(base.nodes.size).toBe(2); // the base is not touched
  });

  it('grows from expanded entities brought in by another expansion, in any order', () => {
    const a = withEdits(graph, focus, base, edits(['ha-kim-ngoc', 'psd-12']));
    const b = withEdits(graph, focus, base, edits(['psd-12', 'ha-kim-ngoc']));
    expect(a.nodes.has('mofa')).toBe(true);
    expect([...a.nodes].sort()).toEqual([...b.nodes].sort());
  });

  it('ignores an expanded entity that is not shown', () => {
    const v = withEdits(graph, focus, base, edits(['vietnam']));
    expect([...v.nodes].sort()).toEqual(['jessica-lewis', 'psd-12']);
  });

  it('hides an entity, its relations, and what only it brought in', () => {
    const v = withEdits(graph, focus, base, edits(['psd-12'], ['east-sea']));
    expect(v.nodes.has('east-sea')).toBe(false);
    expect(v.edges.has('r4')).toBe(false);
    const gone = withEdits(graph, focus, base, edits(['psd-12'], ['psd-12']));
    expect([...gone.nodes]).toEqual(['jessica-lewis']);
  });

  it('hides without a focus too', () => {
    const all = visibleElements(graph, none);
    const v = withEdits(graph, none, all, edits([], ['vietnam']));
    expect(v.nodes.size).toBe(graph.order - 1);
    expect(v.edges.has('r9')).toBe(false);
  });

  it('brings neighbours only through what the filters let through', () => {
    const f: GraphFilter = {
      ...focus,
      hiddenTypes: new Set(['topic']),
      hiddenRelations: new Set(['held_in']),
    };
    const v = withEdits(graph, f, visibleElements(graph, f), edits(['psd-12']));
    expect(v.nodes.has('east-sea')).toBe(false); // a hidden type
    expect(v.nodes.has('washington')).toBe(false); // only through a hidden relation type
    expect(v.nodes.has('unclos')).toBe(true);
  });

  it('"hide unconnected" applies after the edits', () => {
    const f: GraphFilter = { ...none, hideIsolated: true };
    const v = withEdits(graph, f, visibleElements(graph, f), edits([], ['mofa']));
    expect(v.nodes.has('vietnam')).toBe(false); // its only relation went with mofa
  });
});

describe('neighboursToShow', () => {
  const graph = miniGraph();
  it('lists the neighbours not shown, sorted, hidden ones included', () => {
    const shown = new Set(['jessica-lewis', 'psd-12', 'unclos']);
    expect(neighboursToShow(graph, none, shown, 'psd-12')).toEqual([
      'east-sea',
      'ha-kim-ngoc',
      'washington',
    ]);
  });
  it('respects the filters, and is empty for an unknown id', () => {
    const f: GraphFilter = { ...none, hiddenTypes: new Set(['place']) };
    expect(neighboursToShow(graph, f, new Set(['psd-12']), 'psd-12')).not.toContain('washington');
    expect(neighboursToShow(graph, none, new Set(), 'constructor')).toEqual([]);
  });
});
