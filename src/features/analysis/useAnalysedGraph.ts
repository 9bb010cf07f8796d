import { useShallow } from 'zustand/react/shallow';
import { isDefaultFilters } from '../../domain/filters';
import type { VisibleSubset } from '../../domain/analysis';
import type { Graph } from '../../domain/graph/types';
import { useAppStore } from '../../store';
import { visibleOf } from '../../store/derived';

export interface AnalysedGraph {
  graph: Graph;
  /** What the filters leave on the map; undefined when they leave everything (cheaper, and one cache key). */
  visible: VisibleSubset | undefined;
}

/** The graph and the part of it the map shows; re-renders only when either changes. */
export function useAnalysedGraph(): AnalysedGraph {
  return useAppStore(
    useShallow((state) => ({
      graph: state.graph,
      visible: isDefaultFilters(state.filters) ? undefined : visibleOf(state),
    })),
  );
}
