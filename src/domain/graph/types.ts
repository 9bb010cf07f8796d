/** The graph model every layer shares. Plain serialisable data only. */

export const NODE_TYPES = ['enterprise', 'university', 'platform', 'chain', 'segment'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Highest first: the order the UI lists levels and the rank used to compare them. */
export const AWARD_LEVELS = ['national', 'provincial', 'municipal', 'none'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const STAGES = ['upstream', 'midstream', 'downstream'] as const;
export type Stage = (typeof STAGES)[number];

export const LOCALITIES = ['local', 'outside'] as const;
export type Locality = (typeof LOCALITIES)[number];

export const KNOWN_RELATIONS = [
  'supply',
  'cooperation',
  'research',
  'incubation',
  'investment',
  'membership',
  'service',
  'alliance',
  'related',
] as const;
export type KnownRelation = (typeof KNOWN_RELATIONS)[number];
/** A custom relation value from the file is kept verbatim. */
export type Relation = KnownRelation | (string & {});

export const DIRECTED_RELATIONS: ReadonlySet<string> = new Set([
  'supply',
  'investment',
  'incubation',
  'membership',
]);

/** Columns not in the contract, kept verbatim for a lossless round trip. Null-prototype map. */
export type Attributes = Record<string, string>;

export interface GraphNode {
  id: string;
  name: string;
  type: NodeType;
  /** Chain node ids this node belongs to; a value naming no chain is kept as written. */
  sectors: string[];
  /** A stage, or the id of a `segment` node; '' when absent. */
  segment: string;
  awardLevel: AwardLevel;
  awards: string[];
  locality: Locality;
  key: boolean;
  description: string;
  evidence: string;
  url: string;
  x?: number;
  y?: number;
  attributes: Attributes;
}

export interface GraphEdge {
  /** Stable key: `source->target#relation` with a suffix for repeats. */
  id: string;
  source: string;
  target: string;
  relation: Relation;
  directed: boolean;
  weight?: number;
  label: string;
  evidence: string;
  attributes: Attributes;
}

/** One column of an uploaded file (see domain/csv/spelling.ts). */
export interface SpelledColumn {
  /** The header as the file writes it. */
  header: string;
  /** The contract field it fills; '' for a column kept as an attribute under its header. */
  field: string;
}

/** How an uploaded file wrote its headers and values, so an export can write them back so. */
export interface FileSpelling {
  /** The file's name, for the export's file name. */
  file: string;
  /** The file's columns in order (unnamed and repeated ones left out, as the import leaves them). */
  columns: SpelledColumn[];
  /**
   * Field → [value as the graph holds it, the file's first spelling of it]: pairs, not an object,
   * so a chain id such as `constructor` is just a value.
   */
  values: Record<string, [string, string][]>;
}

export interface GraphSpelling {
  nodes?: FileSpelling;
  edges?: FileSpelling;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Unknown columns in the order the files had them, so export writes them back in place. */
  nodeExtraColumns: string[];
  edgeExtraColumns: string[];
  /** How the uploaded files wrote headers and values, for an export "as imported"; absent for a map not uploaded. */
  spelling?: GraphSpelling;
}

export const emptyGraph = (): Graph => ({ nodes: [], edges: [], nodeExtraColumns: [], edgeExtraColumns: [] });

export const createAttributes = (): Attributes => Object.create(null) as Attributes;

/**
 * What every element without kept columns shares: a null-prototype object per row costs more to
 * make, collect and copy between threads than the row's other fields. Frozen, as nothing may write
 * to a shared object.
 */
export const NO_ATTRIBUTES: Attributes = Object.freeze(createAttributes());
