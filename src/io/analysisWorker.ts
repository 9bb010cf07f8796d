/** The module worker behind runAnalysis: holds the last graph sent, answers each run in turn. */
import type { AnalysedGraph } from '../domain/analysis/analysedGraph';
import { unpackGraph } from './packedGraph';
import { analyse, type AnalysisDone, type AnalysisRequest } from './runAnalysis';
import { serveJobs } from './workerServer';

let graph: AnalysedGraph | null = null;

serveJobs<AnalysisRequest, never, AnalysisDone>((request) => {
  if (request.type === 'graph') {
    graph = unpackGraph(request.graph);
    return undefined;
  }
  if (!graph) throw new Error('no graph was sent before the analysis');
  return { result: { result: analyse(graph, request.kind, request.options) } };
});
