import { describe, expect, it } from 'vitest';
import { storeHits } from '../../src/features/search/useStoreHits';

describe('a store’s search hits in the top bar', () => {
  it('keeps known types not on screen yet, in the store’s order, capped at 8', () => {
    const hits = [
      { id: 'a', label: 'A', type: 'person' },
      { id: 'shown', label: 'Shown', type: 'person' },
      { id: 'odd', label: 'Odd', type: 'spaceship' },
      { id: '__proto__', label: 'Proto', type: 'constructor' },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, label: `M${i}`, type: 'meeting' })),
    ];
    const out = storeHits(hits, (id) => id === 'shown');
    expect(out.map((h) => h.id)).toEqual(['a', 'm0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(out.every((h) => h.fromStore)).toBe(true);
    expect(out[0]).toMatchObject({ label: 'A', type: 'person' });
  });
});
