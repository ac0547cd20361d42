import type { MultiDirectedGraph } from 'graphology';
import type { DateSpec, EntityType, Evidence, RelationTypeId } from '../model';

/** Node attributes: the entity, flattened for graphology. */
export interface NodeAttrs {
  label: string;
  type: EntityType;
  aliases: string[];
  description: string;
  note?: string;
  kind?: string;
  number?: number;
  date?: DateSpec;
}

/** Edge attributes: the relation, keyed by the relation id. */
export interface EdgeAttrs {
  type: RelationTypeId;
  label: string;
  evidence: Evidence[];
  date?: DateSpec;
  /** Statement fields (see the model): meeting id, speaker ids, side ids. */
  at?: string;
  by?: string[];
  on_behalf_of?: string[];
  qualifiers?: Record<string, string>;
  note?: string;
}

export interface GraphAttrs {
  title?: string;
}

export type ParleyGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
