/**
 * yEd (and yFiles) GraphML: keys `for="port"`, `for="graphml"` and graphics
 * keys (`yfiles.type="nodegraphics"`) that graphology's GraphML parser does
 * not know (it throws on `for="port"`). Before parsing, those keys and their
 * <data> are taken out of the document; what they say that matters — a
 * node's label, its place and its fill colour, an edge's label — is read
 * here and handed back as plain attributes.
 */
export interface YedExtract {
  /** Attributes by node or edge id: label, x, y (centre), color. */
  nodes: Map<string, Record<string, string | number>>;
  edges: Map<string, Record<string, string>>;
  /** Whether the file is yEd's (screen coordinates: y grows downwards). */
  isYed: boolean;
}

const GRAPH_KEY_FOR = new Set(['node', 'edge', 'graph', 'all']);

export function extractYed(doc: Document): YedExtract {
  const out: YedExtract = { nodes: new Map(), edges: new Map(), isYed: false };
  const dropKeys = new Set<string>();
  const graphicsKeys = new Set<string>();
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    const id = key.getAttribute('id') ?? '';
    const forWhat = (key.getAttribute('for') ?? 'all').toLowerCase();
    const yfiles = key.getAttribute('yfiles.type');
    if (yfiles) out.isYed = true;
    if (yfiles === 'nodegraphics' || yfiles === 'edgegraphics') graphicsKeys.add(id);
    if (!GRAPH_KEY_FOR.has(forWhat) || yfiles) {
      dropKeys.add(id);
      key.parentNode?.removeChild(key);
    }
  }
  if (!dropKeys.size) return out;
  for (const data of Array.from(doc.getElementsByTagName('data'))) {
    const key = data.getAttribute('key') ?? '';
    if (!dropKeys.has(key)) continue;
    const owner = data.parentNode as Element | null;
    const ownerName = owner ? (owner.localName || owner.nodeName).replace(/^.*:/, '') : '';
    const ownerId = owner?.getAttribute?.('id');
    if (graphicsKeys.has(key) && ownerId) {
      if (ownerName === 'node') out.nodes.set(ownerId, nodeGraphics(data));
      else if (ownerName === 'edge') {
        const label = firstText(data, 'EdgeLabel');
        if (label) out.edges.set(ownerId, { label });
      }
    }
    owner?.removeChild(data);
  }
  return out;
}

function nodeGraphics(data: Element): Record<string, string | number> {
  const attrs: Record<string, string | number> = {};
  const label = firstText(data, 'NodeLabel');
  if (label) attrs.label = label;
  const geo = firstByLocalName(data, 'Geometry');
  if (geo) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(geo.getAttribute(a)));
    if (Number.isFinite(x) && Number.isFinite(y)) {
      attrs.x = x! + (Number.isFinite(w) ? w! / 2 : 0);
      attrs.y = y! + (Number.isFinite(h) ? h! / 2 : 0);
    }
  }
  const fill = firstByLocalName(data, 'Fill')?.getAttribute('color');
  if (fill) attrs.color = fill;
  return attrs;
}

function firstByLocalName(root: Element, name: string): Element | undefined {
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if ((el.localName || el.nodeName.replace(/^.*:/, '')) === name) return el;
  }
  return undefined;
}

/** The label's own text (not that of its nested label-model elements), whitespace folded. */
function firstText(root: Element, name: string): string | undefined {
  const el = firstByLocalName(root, name);
  if (!el) return undefined;
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 || n.nodeType === 4) text += n.nodeValue ?? '';
  const s = text.replace(/\s+/g, ' ').trim();
  return s && s.length <= 300 ? s : undefined;
}
