import { describe, expect, it } from 'vitest';
import { mainNodesViewport, PHONE_MIN_NODE_PX } from '../../src/canvas/phoneView';

const node = (x: number, y: number, size: number, degree: number) => ({ x, y, size, degree });

describe("a phone's first view", () => {
  it('zooms in until the most connected are fingertip-wide, centred on them by weight', () => {
    const nodes = [node(0, 0, 48, 20), node(100, 0, 48, 20), node(-900, 900, 30, 1)];
    const v = mainNodesViewport(nodes, { width: 375, height: 500, zoom: 0.2 })!;
    // Ten main nodes at most: all three count here, and the smallest sets the zoom.
    expect(v.zoom).toBeCloseTo(PHONE_MIN_NODE_PX / 30);
    const cx = (0 * 20 + 100 * 20 - 900) / 41;
    expect(v.pan.x).toBeCloseTo(375 / 2 - v.zoom * cx);
  });

  it('never zooms past 1, and leaves a fit that is already close enough', () => {
    expect(
      mainNodesViewport([node(0, 0, 10, 1)], { width: 375, height: 500, zoom: 0.2 })!.zoom,
    ).toBe(1);
    expect(
      mainNodesViewport([node(0, 0, 60, 30)], { width: 375, height: 500, zoom: 0.5 }),
    ).toBeUndefined();
    expect(mainNodesViewport([], { width: 375, height: 500, zoom: 0.2 })).toBeUndefined();
  });
});
