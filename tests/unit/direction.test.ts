import { describe, expect, it } from 'vitest';
import { pickInDirection } from '../../src/canvas/direction';

const pts = [
  { id: 'east', x: 100, y: 10 },
  { id: 'far-east', x: 300, y: 0 },
  { id: 'north', x: 5, y: -80 },
  { id: 'south-east', x: 60, y: 70 },
];

describe('pickInDirection', () => {
  it('takes the nearest candidate in the cone of that direction', () => {
    expect(pickInDirection({ x: 0, y: 0 }, pts, 'right')?.id).toBe('east');
    expect(pickInDirection({ x: 0, y: 0 }, pts, 'up')?.id).toBe('north');
    expect(pickInDirection({ x: 0, y: 0 }, pts, 'down')?.id).toBe('south-east');
  });
  it('finds nothing behind or far off to the side', () => {
    expect(pickInDirection({ x: 0, y: 0 }, pts, 'left')).toBeUndefined();
    expect(
      pickInDirection({ x: 0, y: 0 }, [{ id: 'side', x: 10, y: 100 }], 'right'),
    ).toBeUndefined();
  });
});
