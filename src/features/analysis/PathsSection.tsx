import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RankedPath } from '../../domain/analysis';
import type { Graph, GraphEdge } from '../../domain/graph/types';
import { adjacencyOf, nodesByIdOf } from '../../store/derived';
import { useT, type Translator } from '../../store/i18n';
import { PATH_RELATIONS, useAnalysisUi, type Highlight, type PathRelations } from './analysisUi';
import { Computed } from './Computed';
import { useMapLayer } from './mapLayers';
import { NodeLink } from './NodeLink';
import { NodePicker } from './NodePicker';
import { NumberSelect } from './NumberSelect';
import { useAnalysedGraph } from './useAnalysedGraph';
import { useAnalysis } from './useAnalysis';

/** How many alternatives one may ask for. */
const PATH_COUNTS = [1, 5] as const;

/** Supply paths follow the goods: supplier → customer only. */
const RELATION_OPTIONS = {
  all: { relations: 'all', direction: 'any' },
  supply: { relations: ['supply'], direction: 'forward' },
} as const satisfies Record<PathRelations, { relations: 'all' | string[]; direction: 'any' | 'forward' }>;

/** Shortest paths between two picked nodes over the visible map, the chosen one highlighted with its hop list. */
export function PathsSection() {
  const { t } = useT();
  const { graph, visible } = useAnalysedGraph();
  const { pathFrom, pathTo, pathRelations, pathCount, chosenPath } = useAnalysisUi(
    useShallow(({ pathFrom, pathTo, pathRelations, pathCount, chosenPath }) => ({
      pathFrom,
      pathTo,
      pathRelations,
      pathCount,
      chosenPath,
    })),
  );
  const { set } = useAnalysisUi.getState();
  const nodesById = nodesByIdOf(graph);
  const from = pathFrom !== null && nodesById.has(pathFrom) ? pathFrom : null;
  const to = pathTo !== null && nodesById.has(pathTo) ? pathTo : null;
  const outcome = useAnalysis(
    graph,
    'paths',
    from === null || to === null
      ? null
      : { from, to, k: pathCount, visible, ...RELATION_OPTIONS[pathRelations] },
  );
  const paths = outcome.status === 'done' ? outcome.value : null;
  const shown = paths?.[Math.min(chosenPath, paths.length - 1)] ?? null;
  const highlight = useMemo<Highlight | null>(
    () => (shown ? { nodes: shown.nodeIds, edges: shown.edgeIds } : null),
    [shown],
  );
  useMapLayer('highlight', highlight);

  return (
    <>
      <div className="analysis-form">
        <NodePicker
          label={t('analysis.paths.from')}
          value={from}
          onChange={(id) => set({ pathFrom: id, chosenPath: 0 })}
        />
        <NodePicker
          label={t('analysis.paths.to')}
          value={to}
          onChange={(id) => set({ pathTo: id, chosenPath: 0 })}
        />
        <div className="analysis-form-row">
          <fieldset className="analysis-choice">
            <legend>{t('analysis.paths.relations')}</legend>
            {PATH_RELATIONS.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="analysis-path-relations"
                  checked={pathRelations === option}
                  onChange={() => set({ pathRelations: option, chosenPath: 0 })}
                />
                {t(`analysis.paths.relations.${option}`)}
              </label>
            ))}
          </fieldset>
          <NumberSelect
            label={t('analysis.paths.count')}
            value={pathCount}
            range={PATH_COUNTS}
            onChange={(count) => set({ pathCount: count, chosenPath: 0 })}
          />
        </div>
        <div className="analysis-actions">
          <button
            type="button"
            className="button"
            disabled={from === null && to === null}
            onClick={() => set({ pathFrom: to, pathTo: from, chosenPath: 0 })}
          >
            {t('analysis.paths.swap')}
          </button>
          <button
            type="button"
            className="button"
            disabled={from === null && to === null}
            onClick={() => set({ pathFrom: null, pathTo: null })}
          >
            {t('analysis.clear')}
          </button>
        </div>
      </div>
      {visible && <p className="analysis-hint">{t('analysis.visibleOnly')}</p>}
      <Computed outcome={outcome} idle={<p className="analysis-hint">{t('analysis.paths.pick')}</p>}>
        {(found) =>
          found.length === 0 ? (
            <p className="analysis-empty">{t('analysis.paths.none')}</p>
          ) : (
            <PathList
              graph={graph}
              paths={found}
              chosen={shown}
              onChoose={(index) => set({ chosenPath: index })}
            />
          )
        }
      </Computed>
    </>
  );
}

interface PathListProps {
  graph: Graph;
  paths: RankedPath[];
  chosen: RankedPath | null;
  onChoose: (index: number) => void;
}

function PathList({ graph, paths, chosen, onChoose }: PathListProps) {
  const translator = useT();
  const { t } = translator;
  return (
    <div className="analysis-paths">
      {paths.length > 1 && (
        <div role="group" aria-label={t('analysis.paths.alternatives')} className="analysis-path-tabs">
          {paths.map((path, index) => (
            <button
              key={path.nodeIds.join('>')}
              type="button"
              className="analysis-path-tab"
              aria-pressed={path === chosen}
              onClick={() => onChoose(index)}
            >
              {path.againstSupply.length === 0
                ? t('analysis.paths.option', { index: index + 1, hops: path.edgeIds.length })
                : t('analysis.paths.optionAgainst', {
                    index: index + 1,
                    hops: path.edgeIds.length,
                    count: path.againstSupply.length,
                  })}
            </button>
          ))}
        </div>
      )}
      {chosen && <HopList graph={graph} path={chosen} translator={translator} />}
    </div>
  );
}

/** How a hop reads: a one-way edge shows which way it points along the path, a supply tie walked back says so. */
const hopRelation = ({ t, value }: Translator, edge: GraphEdge | undefined, fromId: string): string => {
  if (!edge) return '';
  const relation = value('relation', edge.relation);
  if (!edge.directed) return t('analysis.paths.hopUndirected', { relation });
  if (edge.source === fromId) return t('analysis.paths.hopForward', { relation });
  return t(edge.relation === 'supply' ? 'analysis.paths.hopAgainstSupply' : 'analysis.paths.hopBackward', {
    relation,
  });
};

/** "Against supply at hop 2 (A → B)": which hops of the path go from a customer back to its supplier. */
const againstNote = ({ t }: Translator, path: RankedPath, nameOf: (id: string) => string): string =>
  t('analysis.paths.against', {
    hops: path.againstSupply
      .map((hop) =>
        t('analysis.paths.againstHop', {
          number: hop + 1,
          from: nameOf(path.nodeIds[hop] ?? ''),
          to: nameOf(path.nodeIds[hop + 1] ?? ''),
        }),
      )
      .join(t('analysis.listSeparator')),
  });

function HopList({ graph, path, translator }: { graph: Graph; path: RankedPath; translator: Translator }) {
  const { t } = translator;
  const nodesById = nodesByIdOf(graph);
  const nameOf = (id: string) => nodesById.get(id)?.name ?? id;
  const { incident } = adjacencyOf(graph);
  const edgeAt = (id: string, edgeId: string) => incident.get(id)?.find((edge) => edge.id === edgeId);
  return (
    <>
      <p className="analysis-summary-line">{t('analysis.paths.hops', { hops: path.edgeIds.length })}</p>
      {path.againstSupply.length > 0 && (
        <p className="analysis-path-against">{againstNote(translator, path, nameOf)}</p>
      )}
      <ol className="analysis-hops" aria-label={t('analysis.paths.hopList')}>
        {path.nodeIds.map((id, index) => {
          const edgeId = path.edgeIds[index];
          return (
            <li key={id}>
              <NodeLink id={id} name={nameOf(id)} />
              {edgeId !== undefined && (
                <span
                  className={
                    path.againstSupply.includes(index)
                      ? 'analysis-hop-relation analysis-hop-against'
                      : 'analysis-hop-relation'
                  }
                >
                  {hopRelation(translator, edgeAt(id, edgeId), id)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
