/**
 * The exports themselves, loaded on the first export so the CSV and SVG writers stay out of the
 * initial bundle. Each reads the store when called and hands the file to a browser download.
 */
import { useAppStore, type AppState, type MapPort } from '../../store';
import { groupedViewOf, changesOf, drawModeOf, legendOf, visibleOf } from '../../store/derived';
import { changesCsv, type ChangesCsvLabels } from '../../domain/diff';
import { groupLabelOf } from '../../store/groupNames';
import { edgeRows, nodeRows, rowsToCsv, type ExportRows } from '../../domain/csv/export';
import { edgeRowsAsImported, nodeRowsAsImported } from '../../domain/csv/exportAsImported';
import { mapSvgSteps, type GroupedSvg } from '../../domain/export/svg';
import type { Graph } from '../../domain/graph/types';
import type { FilterResult } from '../../domain/filters';
import { downloadBlob, downloadText, exportFileName, fileExportName } from '../../io/download';
import { markPng } from '../../io/pngMarker';
import { downloadWorkbook } from '../../io/workbookWrite';

export type CsvKind = 'nodes' | 'edges';
/** Everything loaded, or only the nodes and edges the filters show. */
export type CsvScope = 'all' | 'visible';
/** The uploaded file's own headers and spellings, or the contract's column names and codes. */
export type CsvForm = 'imported' | 'standard';

const ROWS: Record<CsvForm, Record<CsvKind, (graph: Graph) => ExportRows>> = {
  imported: { nodes: nodeRowsAsImported, edges: edgeRowsAsImported },
  standard: { nodes: nodeRows, edges: edgeRows },
};

/** The uploaded file a kind's rows came from, when the map is an upload that had one. */
const uploadedFile = (kind: CsvKind): string | undefined => {
  const { origin, graph } = useAppStore.getState();
  return origin.kind === 'upload' ? graph.spelling?.[kind]?.file : undefined;
};

/** Whether "as imported" differs from the standard form: the map was uploaded, with its own files. */
export const canExportAsImported = (): boolean =>
  uploadedFile('nodes') !== undefined || uploadedFile('edges') !== undefined;

/** Device pixels per map pixel asked of the PNG; the map lowers it when the canvas limit would be passed. */
export const PNG_SCALE = 2;

const visibleSubgraph = (graph: Graph, visible: FilterResult): Graph => ({
  ...graph,
  nodes: graph.nodes.filter((node) => visible.nodeIds.has(node.id)),
  edges: graph.edges.filter((edge) => visible.edgeIds.has(edge.id)),
});

const scopedGraph = (scope: CsvScope): Graph => {
  const state = useAppStore.getState();
  return scope === 'all' ? state.graph : visibleSubgraph(state.graph, visibleOf(state));
};

const scopedName = (what: string, scope: CsvScope, extension: string): string =>
  exportFileName(useAppStore.getState().origin, scope === 'all' ? what : `${what}-visible`, extension);

/**
 * Writes the nodes or edges file, as imported or in the standard form; either reads back to the same
 * graph. An uploaded file's export is named after it. Returns the file name.
 */
export const exportCsv = (kind: CsvKind, scope: CsvScope, form: CsvForm): string => {
  const source = scopedGraph(scope);
  const own = uploadedFile(kind);
  const what = [scope === 'visible' ? 'visible' : '', form === 'standard' ? 'standard' : '']
    .filter((part) => part !== '')
    .join('-');
  const file =
    own === undefined
      ? scopedName(kind, scope, 'csv')
      : fileExportName(useAppStore.getState().origin, own, what, 'csv');
  downloadText(rowsToCsv(ROWS[form][kind](source)), file, 'text/csv');
  return file;
};

/**
 * The list of what the last update changed (added, changed, removed; nodes and edges), in the UI
 * language. Returns the file name, or null while no changes are shown.
 */
export const exportChanges = (labels: ChangesCsvLabels): string | null => {
  const state = useAppStore.getState();
  const changes = changesOf(state);
  if (!changes || !state.previous) return null;
  const file = exportFileName(state.origin, 'changes', 'csv');
  downloadText(changesCsv(changes, state.previous.graph, state.graph, labels), file, 'text/csv');
  return file;
};

/** Both files in one workbook, sheets `nodes` and `edges`, the same cells as the CSV export. Returns the file name. */
export const exportWorkbook = async (scope: CsvScope, form: CsvForm): Promise<string> => {
  const source = scopedGraph(scope);
  const file = scopedName(
    form === 'standard' && canExportAsImported() ? 'map-standard' : 'map',
    scope,
    'xlsx',
  );
  await downloadWorkbook(
    [
      { name: 'nodes', rows: ROWS[form].nodes(source) },
      { name: 'edges', rows: ROWS[form].edges(source) },
    ],
    file,
  );
  return file;
};

/**
 * The whole map, not only the viewport; `scale` below PNG_SCALE means the image had to be drawn
 * smaller. `marker`, when given, is written on a band above the picture (the fictional example says so).
 */
export const exportPng = async (map: MapPort, marker?: string): Promise<{ file: string; scale: number }> => {
  const { blob, scale } = await map.png({ scale: PNG_SCALE, full: true });
  const file = exportFileName(useAppStore.getState().origin, 'map', 'png');
  downloadBlob(marker ? await markPng(blob, marker) : blob, file);
  return { file, scale };
};

/** Longest stretch the SVG writer holds the main thread before the browser gets a frame. */
const SLICE_MS = 40;

const runInSlices = async <T>(steps: Generator<void, T, void>): Promise<T> => {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
};

/** The grouped view the map draws, its groups labelled as the map labels them; undefined when the map is not grouped. */
const groupedSvg = (state: AppState): GroupedSvg | undefined => {
  if (drawModeOf(state) !== 'grouped') return undefined;
  return { view: groupedViewOf(state), labelOf: groupLabelOf(state.graph, state.lang) };
};

/** The nodes (or groups) drawn now, where they are drawn, in the legend's styles, with the lanes and outlines round them; written in slices so a big map does not freeze the page. */
export const exportSvg = async (map: MapPort, title: string, marker?: string): Promise<string> => {
  const positions = map.drawnPositions();
  const state = useAppStore.getState();
  const { graph, origin } = state;
  const visible = visibleOf(state);
  const grouped = groupedSvg(state);
  const svg = await runInSlices(
    mapSvgSteps({
      graph,
      visible,
      grouped,
      positions,
      legend: legendOf(graph, visible),
      title,
      marker,
      backdrop: map.backdrop(),
    }),
  );
  const file = exportFileName(origin, 'map', 'svg');
  downloadText(svg, file, 'image/svg+xml');
  return file;
};
