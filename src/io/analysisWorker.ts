/** The module worker behind runAnalysis: holds the last graph sent, answers each run in turn. */
import type { Graph } from '../domain/graph/types';
import { analyse, unpackGraph, type AnalysisRequest, type AnalysisResponse } from './runAnalysis';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let graph: Graph | null = null;

scope.onmessage = ({ data }: MessageEvent<AnalysisRequest>) => {
  if (data.type === 'graph') {
    graph = unpackGraph(data.graph);
    return;
  }
  let response: AnalysisResponse;
  try {
    if (!graph) throw new Error('no graph was sent before the analysis');
    response = { id: data.id, ok: true, result: analyse(graph, data.kind, data.options) };
  } catch (error) {
    response = { id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response satisfies AnalysisResponse);
};
