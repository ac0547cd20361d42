import { describe, expect, it } from 'vitest';
import { clearViewport, FIT_PADDING } from '../../src/canvas/fitClear';
import { mainNodesViewport } from '../../src/canvas/phoneView';

/** Where a model point lands on screen. */
const onScreen = (
  v: { zoom: number; pan: { x: number; y: number } },
  p: { x: number; y: number },
) => ({
  x: p.x * v.zoom + v.pan.x,
  y: p.y * v.zoom + v.pan.y,
});

describe('clearViewport: a fit clear of the toolbar', () => {
  const square = [
    { x: 0, y: 0 },
    { x: 100, y: 100 },
  ];

  it('without an overlay: the usual padding on every side', () => {
    const v = clearViewport(square, { width: 280, height: 280 }, { min: 0.01, max: 10 })!;
    expect(v.zoom).toBeCloseTo(2);
    expect(onScreen(v, { x: 0, y: 0 })).toEqual({ x: FIT_PADDING, y: FIT_PADDING });
    expect(onScreen(v, { x: 100, y: 100 })).toEqual({ x: 240, y: 240 });
  });

  it('with a toolbar 90 px down: the top of the drawing starts below it', () => {
    const v = clearViewport(square, { width: 600, height: 400, top: 90 }, { min: 0.01, max: 10 })!;
    const top = onScreen(v, { x: 0, y: 0 }).y;
    const bottom = onScreen(v, { x: 100, y: 100 }).y;
    expect(top).toBeCloseTo(98); // 90 + 8
    expect(bottom).toBeCloseTo(400 - FIT_PADDING);
  });

  it("keeps a node's size in view, and never zooms past the range", () => {
    const v = clearViewport([{ x: 0, y: 0, size: 40 }], { width: 400, height: 400 })!;
    expect(v.zoom).toBe(1);
    expect(onScreen(v, { x: 0, y: 0 })).toEqual({ x: 200, y: 200 });
    const big = clearViewport(
      [
        { x: 0, y: 0, size: 20 },
        { x: 1000, y: 0, size: 20 },
      ],
      { width: 400, height: 400 },
    )!;
    expect(onScreen(big, { x: -10, y: 0 }).x).toBeCloseTo(FIT_PADDING);
    expect(onScreen(big, { x: 1010, y: 0 }).x).toBeCloseTo(400 - FIT_PADDING);
  });

  it('a canvas too short for the overlay keeps two thirds of itself for the drawing', () => {
    const v = clearViewport(square, { width: 600, height: 150, top: 120 }, { min: 0.01, max: 10 })!;
    expect(onScreen(v, { x: 0, y: 0 }).y).toBeCloseTo(50);
  });

  it('nothing to fit: no viewport', () => {
    expect(clearViewport([], { width: 100, height: 100 })).toBeUndefined();
  });
});

describe("mainNodesViewport: a phone's first view below the toolbar", () => {
  it('centres the main entities in the part of the canvas under the toolbar', () => {
    const nodes = [{ x: 0, y: 0, size: 10, degree: 5 }];
    const v = mainNodesViewport(nodes, { width: 300, height: 600, zoom: 0.5, top: 60 })!;
    expect(onScreen(v, { x: 0, y: 0 })).toEqual({ x: 150, y: 330 });
  });
});
