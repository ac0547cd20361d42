import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/viewState';
import { toCyId } from './ids';

/** Animate layout changes only while the graph is small enough to animate smoothly. */
export const ANIMATE_BELOW = 1500;

const common = (animate: boolean) => ({
  fit: true,
  padding: 40,
  animate,
  animationDuration: 450,
  animationEasing: 'ease-in-out-cubic' as const,
});

/** Options for the layouts Cytoscape computes itself (cheap, main thread). */
export function builtinLayout(
  name: Exclude<LayoutName, 'force' | 'timeline'>,
  opts: { animate: boolean; root?: string },
): LayoutOptions {
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        ...common(opts.animate),
        // The graph's degree (big graphs do not hold every relation on the canvas).
        concentric: (n: NodeSingular) => Number(n.data('degree')) || 0,
        levelWidth: () => 3,
        minNodeSpacing: 12,
        avoidOverlap: true,
      } as LayoutOptions;
    case 'circle':
      return {
        name: 'circle',
        ...common(opts.animate),
        avoidOverlap: true,
        sort: byTypeThenLabel,
      } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        ...common(opts.animate),
        avoidOverlap: true,
        avoidOverlapPadding: 20,
        sort: byTypeThenLabel,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common(opts.animate),
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(opts.root
          ? { roots: `[id = ${JSON.stringify(toCyId(opts.root))}]` }
          : { maximal: false }),
      } as LayoutOptions;
  }
}

function byTypeThenLabel(a: NodeSingular, b: NodeSingular): number {
  return (
    String(a.data('type')).localeCompare(String(b.data('type'))) ||
    String(a.data('label')).localeCompare(String(b.data('label')))
  );
}

export function presetLayout(
  positions: Record<string, { x: number; y: number }>,
  animate: boolean,
  fit = true,
  /** Where to end instead of a fit (one that leaves room for the toolbar). */
  viewport?: { zoom: number; pan: { x: number; y: number } },
): LayoutOptions {
  return {
    name: 'preset',
    ...common(animate),
    fit: fit && !viewport,
    ...viewport,
    positions: (n: NodeSingular) => positions[n.id()] ?? n.position(),
  } as LayoutOptions;
}
