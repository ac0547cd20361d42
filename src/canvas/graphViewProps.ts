import type { Core, ElementDefinition } from 'cytoscape';
import type { Positions } from '../cy/timeline';
import type { Visible } from '../graph/filter';
import type { ParleyGraph } from '../graph/types';
import type { LayoutName, Point, Selection } from '../state/viewState';
import type { NodeEncoding } from './encoding';
import type { PathMarks } from './pathHighlight';
import type { CanvasMarks } from './timeMarks';

/** What the graph region is given: the graph, what is shown, the view, and what it reports back. */
export interface GraphViewProps {
  graph: ParleyGraph;
  elements: ElementDefinition[];
  visible: Visible;
  selection: Selection;
  layout: LayoutName;
  /** Changes whenever the view should centre on the selection (search, panel, history). */
  centerNonce: number;
  /** Changes whenever the viewport should fit the visible graph (focus, reset). */
  fitNonce: number;
  onSelect: (selection: Selection) => void;
  onFocus: (id: string) => void;
  onCy: (cy: Core | null) => void;
  /** A connection to highlight (the rest fades); framed whenever it changes. */
  path?: PathMarks | null;
  /** "Size by" / "Colour by": node sizes and colours other than degree and type. */
  encoding?: NodeEncoding | null;
  /** Room a panel takes over the canvas, kept clear when framing the path. */
  pathInsets?: () => { left?: number; bottom?: number; top?: number };
  /** 'busy' while laying out or drawing, 'drawn' once every element is drawn (a layout may still refine), then the status. */
  onStatus?: (status: string) => void;
  /** "As of" fading and titles, the open thread. */
  marks?: CanvasMarks;
  /** The precomputed positions are the opened file's own layout: shown whole, on a phone too. */
  layoutFromFile?: boolean;
  /** Force positions the elements already carry (precomputed): no layout runs for the first draw. */
  precomputed?: Positions | undefined;
  /** The page theme: the canvas stylesheet follows it. */
  theme?: 'light' | 'dark';
  /**
   * What layouts follow (the filtered, focused set): changes beyond it — Show
   * neighbours, Hide — keep everyone's place instead of laying out again.
   */
  layoutBase?: Visible;
  /** Entities whose neighbours were shown: their newcomers are placed around them. */
  expanded?: ReadonlySet<string>;
  /** Nodes placed by hand, kept there through relayouts (with a pin mark). */
  pinned?: ReadonlyMap<string, Point>;
  /** A node (or several) was dragged and dropped: pin them there. */
  onPin?: (positions: Map<string, Point>) => void;
}
