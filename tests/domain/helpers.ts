/** Tiny builders for hand-made graphs in domain tests: only the fields a test cares about need stating. */
import { defaultNode } from '../../src/domain/csv/nodes';
import {
  createAttributes,
  DIRECTED_RELATIONS,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../src/domain/graph/types';

/** The contract's defaults (what the import makes of a bare id), overridden by what the test states. */
export const makeNode = (partial: Partial<GraphNode> & Pick<GraphNode, 'id'>): GraphNode => ({
  ...defaultNode(partial.id),
  ...partial,
});

/** The id follows the `source->target#relation` convention and `directed` follows DIRECTED_RELATIONS unless given. */
export const makeEdge = (partial: Partial<GraphEdge> & Pick<GraphEdge, 'source' | 'target'>): GraphEdge => {
  const relation = partial.relation ?? 'related';
  return {
    id: `${partial.source}->${partial.target}#${relation}`,
    relation,
    directed: DIRECTED_RELATIONS.has(relation),
    label: '',
    evidence: '',
    attributes: createAttributes(),
    ...partial,
  };
};

export const makeGraph = (nodes: GraphNode[], edges: GraphEdge[] = []): Graph => ({
  nodes,
  edges,
  nodeExtraColumns: [],
  edgeExtraColumns: [],
});

/** The graph without how its files were spelled: what "the same graph" means after a round trip through other files. */
export const withoutSpelling = (graph: Graph): Graph => ({ ...graph, spelling: undefined });
