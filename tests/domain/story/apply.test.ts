import { describe, expect, it } from 'vitest';
import { defaultFilters, NO_SECTOR } from '../../../src/domain/filters';
import { resolveStep, stepFromView, type Step, type StoryView } from '../../../src/domain/story';
import { makeEdge, makeGraph, makeNode } from '../helpers';

const graph = makeGraph(
  [
    makeNode({ id: 'chain-a', type: 'chain' }),
    makeNode({ id: 'e1', sectors: ['chain-a'] }),
    makeNode({ id: 'e2', sectors: ['not-a-chain'] }),
  ],
  [makeEdge({ source: 'e1', target: 'chain-a', relation: 'membership' })],
);

const step = (changes: Partial<Step>): Step => ({
  id: 's',
  title: { zh: '标题', en: 'Title' },
  caption: { zh: '', en: '' },
  filters: {},
  layout: 'circle',
  focus: null,
  depth: 2,
  highlightedNodes: [],
  highlightedEdges: [],
  camera: null,
  ...changes,
});

describe('resolveStep', () => {
  it('fills the filters the step leaves out with the defaults', () => {
    const view = resolveStep(
      step({ filters: { sectors: ['chain-a'], keepNeighbours: true, text: undefined } }),
      graph,
    );
    expect(view.filters).toEqual({ ...defaultFilters, sectors: ['chain-a'], keepNeighbours: true });
  });

  it('passes layout, depth and camera through', () => {
    const camera = { zoom: 2, pan: { x: 1, y: -1 } };
    expect(resolveStep(step({ layout: 'lanes', depth: 3, camera }), graph)).toMatchObject({
      layout: 'lanes',
      depth: 3,
      camera,
    });
  });

  it('shows what exists and lists what the graph lacks, each id once', () => {
    const view = resolveStep(
      step({
        focus: 'gone',
        highlightedNodes: ['e1', 'gone', 'e1', 'also-gone', 'also-gone'],
        highlightedEdges: ['e1->chain-a#membership', 'x->y#supply', 'x->y#supply'],
      }),
      graph,
    );
    expect(view).toMatchObject({
      focus: null,
      highlightedNodes: ['e1'],
      highlightedEdges: ['e1->chain-a#membership'],
      missing: { nodes: ['gone', 'also-gone'], edges: ['x->y#supply'] },
    });
  });

  it('keeps a focus that exists', () => {
    expect(resolveStep(step({ focus: 'e1' }), graph)).toMatchObject({
      focus: 'e1',
      missing: { nodes: [], edges: [] },
    });
  });

  it('counts a filtered sector that no node carries as missing, but keeps the filter as the step states it', () => {
    const sectors = ['chain-a', 'not-a-chain', NO_SECTOR, 'chain-gone'];
    const view = resolveStep(step({ filters: { sectors } }), graph);
    expect(view.missing.nodes).toEqual(['chain-gone']);
    expect(view.filters.sectors).toEqual(sectors);
  });
});

describe('stepFromView', () => {
  const view: StoryView = {
    filters: { ...defaultFilters, sectors: ['chain-a'], mode: 'fade', minDegree: 0 },
    layout: 'circle',
    focus: 'e1',
    depth: 2,
    highlightedNodes: ['e1'],
    highlightedEdges: ['e1->chain-a#membership'],
    camera: { zoom: 1.2, pan: { x: 3, y: 4 } },
  };
  const title = { zh: '一', en: 'One' };
  const caption = { zh: '说明', en: 'Caption' };

  it('keeps only the filter fields that differ from the defaults', () => {
    expect(stepFromView(view, title, caption)).toEqual({
      title,
      caption,
      filters: { sectors: ['chain-a'], mode: 'fade' },
      layout: 'circle',
      focus: 'e1',
      depth: 2,
      highlightedNodes: ['e1'],
      highlightedEdges: ['e1->chain-a#membership'],
      camera: { zoom: 1.2, pan: { x: 3, y: 4 } },
    });
  });

  it('copies everything, so later changes to the view do not reach the step', () => {
    const captured = stepFromView(view, title, caption);
    expect(captured.filters.sectors).not.toBe(view.filters.sectors);
    expect(captured.highlightedNodes).not.toBe(view.highlightedNodes);
    expect(captured.highlightedEdges).not.toBe(view.highlightedEdges);
    expect(captured.camera?.pan).not.toBe(view.camera?.pan);
    expect(captured.title).not.toBe(title);
  });

  it('gives back the same view when the captured step is resolved', () => {
    const { missing, ...resolved } = resolveStep({ id: 's', ...stepFromView(view, title, caption) }, graph);
    expect(missing).toEqual({ nodes: [], edges: [] });
    expect(resolved).toEqual(view);
  });
});
