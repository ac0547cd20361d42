import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../model';
import { CORNERS } from './labelClasses';
import { TYPE_STYLE } from './palette';

/** The labels' font (canvas/labels measures labels in it). */
export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Module constants (react-cytoscapejs re-applies an inline array on every
 * render). Dynamic looks come from classes toggled in cy.batch:
 * hidden, faded, highlighted, selected, show-label.
 */
function build(theme: 'light' | 'dark', big = false): StylesheetJson {
  const text = theme === 'light' ? '#1d232b' : '#e8edf2';
  const halo = theme === 'light' ? '#ffffff' : '#14181d';
  const edge = theme === 'light' ? '#9aa5b1' : '#6b7682';
  const strong = theme === 'light' ? '#111111' : '#f2f5f8';
  const edgeStrong = theme === 'light' ? '#56606b' : '#c3ccd5';
  const pick = theme === 'light' ? '#0072B2' : '#6cb6f0';
  // The keyboard focus ring: the page's --focus violet, a colour no entity type uses.
  const focus = theme === 'light' ? '#6a1fb0' : '#c9a0ff';
  const shape = {
    width: 'data(size)',
    height: 'data(size)',
    'border-width': 1.5,
    'border-color': halo,
  } as const;
  const lettering = {
    // Hubs get larger labels, so they stay readable when zoomed out while
    // minor labels drop below min-zoomed-font-size.
    'font-size': 'mapData(degree, 1, 30, 11, 19)',
    'font-family': LABEL_FONT,
    color: text,
    'text-valign': 'bottom',
    'text-margin-y': 4,
    'text-wrap': 'wrap',
    'text-max-width': '220px',
    'text-outline-color': halo,
    'text-outline-width': 2,
    'min-zoomed-font-size': 8,
  } as const;
  // A big graph's nodes are unlabelled but for a few: Cytoscape applies each
  // property to each element one by one (≈ 8 µs), so the lettering is given
  // only to those labelled — 20,000 nodes styled a second sooner.
  const nodes: StylesheetJson = big
    ? [
        { selector: 'node', style: { ...shape, label: '' } },
        {
          selector: 'node.label-on, node.hover-target, node.selected, node.kbd-focus',
          style: lettering,
        },
      ]
    : [{ selector: 'node', style: { ...shape, label: 'data(label)', ...lettering } }];
  return [
    ...nodes,
    ...(ENTITY_TYPES.map((t) => ({
      selector: `node.${t}`,
      style: {
        'background-color': TYPE_STYLE[t].color,
        shape: TYPE_STYLE[t].shape,
      },
    })) as StylesheetJson),
    // Entity types a dataset's vocabulary adds: their look travels with the element (elements.ts).
    {
      selector: 'node.added-type',
      style: { 'background-color': 'data(tcolor)', shape: 'data(tshape)' },
    } as StylesheetJson[number],
    // "Colour by: community" (the shape still says the type).
    { selector: 'node.by-community', style: { 'background-color': 'data(community)' } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': edge,
        'target-arrow-color': edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.75,
        'font-size': 10,
        'font-family': LABEL_FONT,
        color: text,
        'text-outline-color': halo,
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
      },
    },
    // "As of": a person's label names the title held then (before the label rules below).
    { selector: 'node.titled', style: { label: 'data(titled)', 'text-wrap': 'wrap' } },
    // Priority labels (canvas/labels.ts): the chosen few, which never overlap,
    // at a readable size on screen (data fs and tw follow the zoom); the rest
    // unlabelled unless hovered, selected or focused by keyboard.
    { selector: 'node.label-off', style: { label: '' } },
    {
      selector: 'node.label-off.hover-target, node.label-off.selected, node.label-off.kbd-focus',
      style: { label: 'data(label)' },
    },
    {
      selector: 'node.titled.hover-target, node.titled.selected, node.titled.kbd-focus',
      style: { label: 'data(titled)' },
    },
    {
      selector: 'node.label-on, node.hover-target, node.selected, node.kbd-focus',
      style: {
        'font-size': 'data(fs)',
        'text-max-width': 'data(tw)',
        'min-zoomed-font-size': 0,
      },
    },
    // Labelled nodes are drawn over the others, so no node hides a label.
    { selector: 'node.label-on', style: { 'z-index': 5 } },
    { selector: 'node.label-on.sel-hood', style: { 'z-index': 12 } },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 4,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -4,
        'text-margin-y': 0,
      },
    },
    // Corners: the label starts at the corner of the node's box.
    ...(CORNERS.map((at) => {
      const [v, h] = at.split('-') as ['top' | 'bottom', 'left' | 'right'];
      return {
        selector: `node.label-${at}`,
        style: {
          'text-valign': v,
          'text-halign': h,
          'text-margin-x': h === 'right' ? 2 : -2,
          'text-margin-y': v === 'bottom' ? 2 : -2,
        },
      };
    }) as StylesheetJson),
    { selector: '.faded, .sel-faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: 'edge.sel-faded', style: { opacity: 0.06 } },
    { selector: 'node.hover', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    {
      selector: 'node.hover, node.sel-hood',
      style: { 'border-color': strong, 'border-width': 2.5, 'z-index': 10 },
    },
    {
      selector: 'edge.hover, edge.sel-hood',
      style: {
        width: 2.2,
        opacity: 1,
        'line-color': edgeStrong,
        'target-arrow-color': edgeStrong,
        'z-index': 9,
      },
    },
    // Relation labels around the selection where they fit (canvas/labels.ts).
    { selector: 'edge.label-on', style: { label: 'data(label)', 'font-size': 'data(fs)' } },
    {
      selector: 'node.selected',
      style: {
        'border-color': strong,
        'border-width': 4,
        'overlay-color': pick,
        'overlay-opacity': 0.18,
        'overlay-padding': 6,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: 3.5,
        opacity: 1,
        'line-color': pick,
        'target-arrow-color': pick,
        label: 'data(label)',
      },
    },
    // Time: "as of" fades what came later and shows the titles held then;
    // a thread stands out, the rest steps back (see canvas/timeMarks).
    { selector: '.later', style: { opacity: 0.18, 'text-opacity': 0.35 } },
    { selector: '.thread-off', style: { opacity: 0.2, 'text-opacity': 0.25 } },
    {
      selector: 'node.thread',
      style: { 'border-color': '#6A3D9A', 'border-width': 4, 'z-index': 15 },
    },
    {
      selector: 'edge.thread',
      style: {
        width: 3,
        opacity: 1,
        'line-color': '#6A3D9A',
        'target-arrow-color': '#6A3D9A',
        'z-index': 14,
      },
    },
    {
      selector: 'edge.thread-link',
      style: {
        width: 4,
        opacity: 0.9,
        'line-color': '#6A3D9A',
        'line-style': 'dashed',
        'target-arrow-color': '#6A3D9A',
        'target-arrow-shape': 'triangle',
        'curve-style': 'straight',
        'z-index': 16,
        events: 'no',
      },
    },
    // A node placed by hand: a dashed ring in ink and a pin badge at its top right.
    {
      selector: 'node.pinned',
      style: {
        'outline-width': 2,
        'outline-style': 'dashed',
        'outline-color': text,
        'outline-offset': 3,
        'background-image': pinBadge(text, halo),
        'background-width': 15,
        'background-height': 15,
        'background-position-x': '100%',
        'background-position-y': '0%',
        'background-offset-x': 7,
        'background-offset-y': -7,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'bounds-expansion': 10,
      },
    },
    // Unsaved edits (curating): a double ring around an entity, a dashed line for a relation —
    // in ink, so no colour is needed to tell them (the Legend says it in words).
    {
      selector: 'node.unsaved',
      style: {
        'outline-width': 5,
        'outline-style': 'double',
        'outline-color': strong,
        'outline-offset': 3,
        'bounds-expansion': 10,
      },
    },
    {
      selector: 'edge.unsaved',
      style: {
        width: 2.5,
        opacity: 1,
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
        'line-color': strong,
        'target-arrow-color': strong,
      },
    },
    {
      selector: 'node.kbd-focus',
      style: {
        'overlay-color': focus,
        'overlay-opacity': 0.3,
        'overlay-padding': 9,
        'border-color': focus,
        'border-width': 4,
        label: 'data(label)',
        'z-index': 30,
      },
    },
    // Level of detail for big graphs: labels and relations only around the
    // selection (the canvas holds only those relations; see canvas/lodEdges).
    { selector: 'node.lod', style: { label: '' } },
    {
      selector: 'node.lod.label-on, node.lod.selected, node.lod.kbd-focus',
      style: { label: 'data(label)' },
    },
    { selector: 'edge.lod', style: { display: 'none' } },
    { selector: 'edge.lod.selected, edge.lod.sel-hood', style: { display: 'element' } },
    // A connection (path search): the path in thick ink (every palette colour
    // names a type), the rest faded.
    { selector: '.path-faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.path-faded', style: { opacity: 0.05 } },
    {
      selector: 'node.on-path',
      style: {
        label: 'data(label)',
        'border-color': text,
        'border-width': 4,
        'font-weight': 'bold',
        'font-size': 14,
        // The path's names stay readable however far out it is framed.
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        display: 'element',
        width: 4,
        opacity: 1,
        'line-color': text,
        'target-arrow-color': text,
        label: 'data(label)',
        'font-size': 11,
        'min-zoomed-font-size': 0,
        'z-index': 29,
      },
    },
    // An undirected link of an imported file: no arrowhead, whatever else styles it.
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    // Many edges between one pair: straight lines, not a bundle of curves to route.
    { selector: 'edge.bundled', style: { 'curve-style': 'haystack', 'haystack-radius': 0.5 } },
    // Last, so that filtering wins over everything above…
    { selector: '.hidden', style: { display: 'none' } },
    // …except a path found through filtered-out entities ("all relation types"), which is drawn.
    { selector: '.hidden.on-path', style: { display: 'element' } },
  ] as StylesheetJson;
}

/** A push pin on a disc, as an SVG data URI (the CSP admits data: images). */
function pinBadge(ink: string, halo: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">` +
    `<circle cx="12" cy="12" r="11" fill="${halo}" stroke="${ink}" stroke-width="2"/>` +
    `<path d="M9 5h6l-1 5 3 3H7l3-3z" fill="${ink}"/>` +
    `<path d="M12 13v6" stroke="${ink}" stroke-width="2" stroke-linecap="round"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

export const LIGHT_STYLESHEET = build('light');
export const DARK_STYLESHEET = build('dark');

export type CanvasTheme = 'light' | 'dark';
export const STYLESHEETS: Record<CanvasTheme, StylesheetJson> = {
  light: LIGHT_STYLESHEET,
  dark: DARK_STYLESHEET,
};
/** For graphs drawn in simplified form (canvas/lod.ts): labels only where placed. */
export const BIG_STYLESHEETS: Record<CanvasTheme, StylesheetJson> = {
  light: build('light', true),
  dark: build('dark', true),
};
