/**
 * The benchmark's baseline page: plain Cytoscape, no React and none of
 * Parley's model, validation or UI. It draws the same elements (same data
 * fields, classes and stylesheet) with the same force layout (Parley's fcose
 * options, in the same Web Worker), and offers the same minimal controls the
 * harness drives — a search box, a legend of type toggles, a details region —
 * each done the simplest way. What it costs is the floor; Parley's figures
 * are reported as ratios to it.
 *
 * It sets the same performance marks and DOM attributes as the app
 * ('parley:validate-start' … 'parley:layout-done', aria-busy and
 * data-visible-nodes on [data-testid="graph"]) so one driver measures both.
 *
 * Query parameters: data=<url of a bundle> loads at start (otherwise the
 * hidden file input "Open dataset file" does); w, h = graph size in CSS px
 * (the harness copies the app's graph region so both draw the same area);
 * preset=1 draws the nodes at Parley's shipped positions for the bundled
 * dataset (src/cy/bundledPositions.json), the whole graph in one go and
 * fitted, with no layout — what Parley does for that dataset, done the
 * plainest way: the baseline for the bundled dataset.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { nodeSize, shortLabel } from '../../src/cy/elements';
import { forceLayoutInWorker } from '../../src/cy/forceClient';
import { ANIMATE_BELOW, presetLayout } from '../../src/cy/layouts';
import { LIGHT_STYLESHEET } from '../../src/cy/stylesheet';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityType } from '../../src/model/entityTypes';
import defaultVocabulary from '../../src/model/defaultVocabulary.json';

interface RawEntity {
  id: string;
  type: EntityType;
  label: string;
  aliases?: string[];
  description?: string;
}
interface RawRelation {
  id: string;
  type: string;
  source: string;
  target: string;
  evidence?: { source: string }[];
}
interface RawBundle {
  entities?: RawEntity[];
  relations?: RawRelation[];
}

const params = new URLSearchParams(location.search);
const graphEl = document.querySelector<HTMLElement>('[data-testid="graph"]')!;
const width = Number(params.get('w')) || 640;
const height = Number(params.get('h')) || 700;
graphEl.style.width = `${width}px`;
graphEl.style.height = `${height}px`;

const cy: Core = cytoscape({
  container: document.getElementById('cy'),
  style: LIGHT_STYLESHEET,
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: false,
  autounselectify: true,
});

const chunkSize = Number(params.get('chunk')) || 0;
const preset = params.get('preset') === '1';
const lod = params.get('lod') === '1';

const relationLabel = new Map<string, string>(
  defaultVocabulary.relationTypes.map((r) => [r.id, r.label]),
);
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

let entities: RawEntity[] = [];
let searchable: { id: string; label: string; type: EntityType; text: string }[] = [];
const byId = new Map<string, RawEntity>();

async function load(text: () => Promise<string>) {
  graphEl.setAttribute('aria-busy', 'true');
  performance.mark('parley:validate-start');
  const bundle = JSON.parse(await text()) as RawBundle;
  performance.mark('parley:validated');
  entities = bundle.entities ?? [];
  byId.clear();
  for (const e of entities) byId.set(e.id, e);
  const relations = (bundle.relations ?? []).filter(
    (r) => byId.has(r.source) && byId.has(r.target),
  );
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const elements: ElementDefinition[] = [];
  for (const e of entities) {
    const d = degree.get(e.id) ?? 0;
    elements.push({
      group: 'nodes',
      data: {
        id: e.id,
        label: shortLabel(e.label),
        fullLabel: e.label,
        type: e.type,
        degree: d,
        size: nodeSize(d),
      },
      classes: e.type,
    });
  }
  for (const r of relations) {
    elements.push({
      group: 'edges',
      data: {
        id: r.id,
        source: r.source,
        target: r.target,
        type: r.type,
        label: relationLabel.get(r.type) ?? r.type,
        sources: new Set((r.evidence ?? []).map((ev) => ev.source)).size,
      },
      classes: r.type,
    });
  }
  searchable = entities.map((e) => ({
    id: e.id,
    label: e.label,
    type: e.type,
    text: fold([e.label, ...(e.aliases ?? [])].join(' \u2022 ')),
  }));
  performance.mark('parley:graph-built');

  if (chunkSize > 0) return loadInSlices(elements);
  if (preset) return loadAtPositions(elements);
  cy.batch(() => {
    cy.elements().remove();
    const added = cy.add(elements);
    if (lod) added.addClass('lod');
  });
  renderLegend();
  performance.mark('parley:layout-start');
  const positions = await forceLayoutInWorker({
    nodes: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 20 })),
    edges: cy
      .edges()
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  });
  const layout = cy.layout(presetLayout(positions, cy.nodes().length < ANIMATE_BELOW));
  layout.one('layoutstop', () => {
    performance.mark('parley:layout-done');
    updateVisibleCount();
    graphEl.setAttribute('aria-busy', 'false');
  });
  layout.run();
}

/** ?preset=1: every element added at once at the shipped positions, fitted, drawn. */
async function loadAtPositions(elements: ElementDefinition[]) {
  performance.mark('parley:layout-start');
  const { positions } = (await import('../../src/cy/bundledPositions.json')).default as {
    positions: Record<string, { x: number; y: number }>;
  };
  cy.batch(() => {
    cy.elements().remove();
    cy.add(
      elements.map((e) =>
        e.group === 'nodes'
          ? { ...e, position: positions[String(e.data.id)] ?? { x: 0, y: 0 } }
          : e,
      ),
    );
  });
  cy.fit(undefined, 40);
  renderLegend();
  performance.mark('parley:layout-done');
  updateVisibleCount();
  graphEl.setAttribute('aria-busy', 'false');
}

/**
 * Experiment (?chunk=N, off by default; the harness never sets it): the
 * layout first, from the raw elements, then the elements added N at a time
 * with their positions, each slice's style and label sizes computed in its
 * own task, a frame between slices. A prototype of keeping the main thread
 * free while a big graph is drawn; what it costs shows in the same figures.
 * With ?lod=1 the elements carry Parley's level-of-detail class too.
 */
async function loadInSlices(elements: ElementDefinition[]) {
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');
  cy.elements().remove();
  renderLegend();
  performance.mark('parley:layout-start');
  const positions = await forceLayoutInWorker({
    nodes: nodes.map((n) => ({ id: String(n.data.id), size: Number(n.data.size) || 20 })),
    edges: edges.map((e) => ({
      id: String(e.data.id),
      source: String(e.data.source),
      target: String(e.data.target),
    })),
  });
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const p = positions[String(n.data.id)] ?? { x: 0, y: 0 };
    n.position = { x: p.x, y: p.y };
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const pad = 40;
  const zoom = Math.min(
    4,
    Math.max(
      0.05,
      Math.min((width - 2 * pad) / (x2 - x1 || 1), (height - 2 * pad) / (y2 - y1 || 1)),
    ),
  );
  cy.viewport({
    zoom,
    pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 },
  });
  const all = [...nodes, ...edges];
  for (let i = 0; i < all.length; i += chunkSize) {
    const added = cy.add(all.slice(i, i + chunkSize));
    if (lod) added.addClass('lod');
    added.boundingBox(); // style, label sizes and bounds now, in this slice
    graphEl.dataset.progress = `${Math.min(i + chunkSize, all.length)} of ${all.length}`;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  performance.mark('parley:layout-done');
  updateVisibleCount();
  graphEl.setAttribute('aria-busy', 'false');
}

function updateVisibleCount() {
  graphEl.setAttribute('data-visible-nodes', String(cy.nodes().not('.hidden').length));
}

// --- search: a folded substring scan, at most 12 results -------------------
const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const listbox = document.getElementById('results')!;
input.addEventListener('input', () => {
  const q = fold(input.value.trim());
  const hits: typeof searchable = [];
  if (q) {
    for (const s of searchable) {
      if (s.text.includes(q)) {
        hits.push(s);
        if (hits.length === 12) break;
      }
    }
  }
  listbox.replaceChildren(
    ...hits.map((h) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = `${h.label} — ${ENTITY_TYPE_LABELS[h.type]}`;
      return li;
    }),
  );
  if (q && hits.length === 0) {
    const li = document.createElement('li');
    li.setAttribute('role', 'presentation');
    li.textContent = `No entity matches “${input.value}”`;
    listbox.append(li);
  }
  listbox.hidden = !q;
  input.setAttribute('aria-expanded', String(Boolean(q)));
});

// --- legend: one toggle per type --------------------------------------------
const legend = document.querySelector('nav')!;
const hiddenTypes = new Set<EntityType>();
function renderLegend() {
  hiddenTypes.clear();
  legend.replaceChildren(
    ...ENTITY_TYPES.map((t) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.type = t;
      labelButton(b, t);
      b.addEventListener('click', () => toggleType(t, b));
      return b;
    }),
  );
}
function labelButton(b: HTMLButtonElement, t: EntityType) {
  const on = !hiddenTypes.has(t);
  const total = cy.nodes(`.${t}`).length;
  b.setAttribute('aria-pressed', String(on));
  b.setAttribute(
    'aria-label',
    `${ENTITY_TYPE_LABELS[t]}: ${on ? total : 0} of ${total} shown. ${on ? 'Hide' : 'Show'} ${t} entities`,
  );
  b.textContent = `${ENTITY_TYPE_LABELS[t]} ${on ? total : `0/${total}`}`;
}
function toggleType(t: EntityType, b: HTMLButtonElement) {
  const nodes = cy.nodes(`.${t}`);
  cy.batch(() => {
    if (hiddenTypes.has(t)) {
      hiddenTypes.delete(t);
      nodes.removeClass('hidden');
      nodes.connectedEdges().forEach((e) => {
        if (!e.source().hasClass('hidden') && !e.target().hasClass('hidden'))
          e.removeClass('hidden');
      });
    } else {
      hiddenTypes.add(t);
      nodes.addClass('hidden');
      nodes.connectedEdges().addClass('hidden');
    }
  });
  labelButton(b, t);
  updateVisibleCount();
}

// --- details: label, description and relations of the tapped node ----------
const details = document.querySelector('aside')!;
const [heading, description, relationList] = [
  details.querySelector('h2')!,
  details.querySelector('p')!,
  details.querySelector('ul')!,
];
cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  cy.batch(() => {
    cy.elements('.selected').removeClass('selected');
    cy.elements('.sel-hood').removeClass('sel-hood highlighted show-label');
    node.addClass('selected');
    node.connectedEdges().addClass('sel-hood highlighted show-label');
    node.neighborhood('node').addClass('sel-hood highlighted');
  });
  const entity = byId.get(node.id());
  heading.textContent = entity?.label ?? node.id();
  description.textContent = entity?.description ?? '';
  relationList.replaceChildren(
    ...node.connectedEdges().map((e) => {
      const li = document.createElement('li');
      const out = e.source().id() === node.id();
      const other = out ? e.target() : e.source();
      li.textContent = `${out ? '' : '← '}${String(e.data('label'))} ${String(other.data('fullLabel'))}`;
      return li;
    }),
  );
});

// --- data -------------------------------------------------------------------
const fileInput = document.querySelector<HTMLInputElement>('input[type="file"]')!;
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void load(() => file.text());
});
const dataUrl = params.get('data');
if (dataUrl) void load(() => fetch(dataUrl).then((r) => r.text()));
else {
  graphEl.setAttribute('aria-busy', 'false');
  updateVisibleCount();
}
