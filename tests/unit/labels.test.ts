import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../src/cy/elements';
import {
  chooseLabels,
  labelBudget,
  labelPriorities,
  screenFont,
  TOP_PRIORITY,
} from '../../src/canvas/labelPriority';

const opts = { fontPx: 13, maxWidthPx: 190, width: 800, height: 600, budget: 15 };

describe('priority labels', () => {
  it('tries four places around a node, and drops the least important label that fits none', () => {
    // Labels start at the node's edge: a beside label (20 px tall) clears the one above only
    // around a node at least 21 px across.
    const at = (id: string, priority: number) => ({
      id,
      x: 300,
      y: 300,
      r: 12,
      chars: 12,
      priority,
    });
    const kept = chooseLabels(
      [at('e', 1), at('a', 5), at('b', 4), at('c', 3), at('d', 2), { ...at('apart', 0), x: 700 }],
      opts,
    );
    expect(Object.fromEntries([...kept].map(([id, spot]) => [id, spot.at]))).toEqual({
      a: 'bottom',
      b: 'top',
      c: 'right',
      d: 'left',
      apart: 'bottom',
    });
  });
  it('respects the budget and skips what is off screen', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 5) * 160 + 40,
      y: Math.floor(i / 5) * 60 + 20,
      r: 5,
      chars: 10,
      priority: i,
    }));
    expect(chooseLabels(many, opts).size).toBe(15);
    const off = chooseLabels([{ id: 'x', x: -300, y: 10, r: 5, chars: 4, priority: 9 }], opts);
    expect(off.size).toBe(0);
  });
  it('puts the ten most connected first, then people and meetings taking turns with other types', () => {
    const nodes = [
      { id: 'big-topic', type: 'topic', degree: 90 },
      { id: 'p1', type: 'person', degree: 10 },
      { id: 'p2', type: 'person', degree: 8 },
      { id: 'm1', type: 'meeting', degree: 30 },
      { id: 'odd', type: '__proto__', degree: 3 },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, type: 'topic', degree: 20 })),
    ];
    const p = labelPriorities(nodes);
    // The ten most connected: big-topic, m1, then eight of the twelve topics with 20 (by id).
    const top = [...p]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([id]) => id);
    expect(top.slice(0, 2)).toEqual(['big-topic', 'm1']);
    expect([...p.values()].filter((v) => v >= TOP_PRIORITY)).toHaveLength(10);
    const rest = [...p].filter(([id, v]) => id.startsWith('t') && v < TOP_PRIORITY);
    expect(rest).toHaveLength(4);
    // Below them, type weights take turns: people before the remaining topics.
    for (const [, v] of rest) {
      expect(p.get('p1')).toBeGreaterThan(v);
      expect(p.get('p2')).toBeGreaterThan(v);
    }
    expect(p.get('odd')).toBe(1);
  });
  it('draws at least 13 px on screen and allows more labels closer in', () => {
    expect(screenFont(0.3)).toBe(13);
    expect(screenFont(4)).toBe(18);
    expect(labelBudget(0.5, 0.5)).toBe(15);
    expect(labelBudget(1, 0.5)).toBe(60);
  });
  it('meeting labels keep their year when shortened', () => {
    const l = shortLabel(
      'Upgrade of Vietnam–US relations to a Comprehensive Strategic Partnership (September 2023)',
    );
    expect(l.endsWith('(September 2023)')).toBe(true);
    expect(l).toContain('…');
    expect(shortLabel('Vietnam–US leaders’ meetings during Trump’s Hanoi stay (2019)')).toMatch(
      /\(2019\)$/,
    );
  });
});
