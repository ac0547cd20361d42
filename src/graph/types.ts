import type { MultiDirectedGraph } from 'graphology';
import type {
  DateSpec,
  EntityType,
  Evidence,
  FileAttributes,
  FileLook,
  RelationTypeId,
  Vocabulary,
} from '../model';

/** Node attributes: the entity, flattened for graphology. */
export interface NodeAttrs {
  label: string;
  /** The built-in type it behaves as (see Entity.addedType). */
  type: EntityType;
  /** The vocabulary-added type the data names ("company"), when not a built-in one. */
  addedType?: string;
  aliases: string[];
  description: string;
  note?: string;
  kind?: string;
  number?: number;
  date?: DateSpec;
  /** An imported file's own attributes. */
  attributes?: FileAttributes;
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
  /** Drawn without an arrowhead and read both ways. */
  undirected?: true;
  weight?: number;
  /** Repeated edges of the file merged into this one. */
  count?: number;
  attributes?: FileAttributes;
}

export interface GraphAttrs {
  title?: string;
  /** The dataset's vocabulary; read it through vocabularyOf(graph). */
  vocabulary?: Vocabulary;
  /** No relation carries a quote (an imported graph): measures speak of links and weights. */
  noEvidence?: boolean;
  /** An imported file's own positions, colours and sizes (Colour by / Size by: from the file). */
  look?: FileLook;
}

export type ParleyGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
