import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';
import { changesOf, visibleOf } from '../../src/store/derived';
import type { ImportReport } from '../../src/domain/csv/report';
import type { Graph } from '../../src/domain/graph/types';
import { makeGraph, makeNode } from '../domain/helpers';

const report: ImportReport = { files: [], problems: [], fatal: false, nodeCount: 2, edgeCount: 0 };
const bundled = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'gone' })]);
const update = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'new' })]);

const apply = (graph: Graph) => {
  useAppStore.getState().stageImport({ result: { graph, report }, files: ['n.csv'], mappings: [] });
  useAppStore.getState().applyPending();
};

describe('the changes of an applied update', () => {
  beforeEach(() => {
    useAppStore.setState({ previous: null, pending: null, showChanges: false });
    useAppStore.getState().clearAllFilters();
    useAppStore.getState().setBundled(bundled);
  });

  it('are shown right after an Apply that changed something, derived from the map before', () => {
    apply(update);
    const state = useAppStore.getState();
    expect(state.showChanges).toBe(true);
    const changes = changesOf(state);
    expect(changes?.counts).toEqual({ added: 1, changed: 0, removed: 1 });
    // Derived, not stored: the same object while the maps stay the same.
    expect(changesOf(useAppStore.getState())).toBe(changes);
  });

  it('are not turned on by an Apply that changed nothing, or by another map altogether', () => {
    apply(makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'gone' })]));
    expect(useAppStore.getState().showChanges).toBe(false);
    expect(changesOf(useAppStore.getState())).toBeNull();
    apply(makeGraph([makeNode({ id: 'x' }), makeNode({ id: 'y' })]));
    expect(useAppStore.getState().showChanges).toBe(false);
    // The user may still ask: everything is added and removed.
    useAppStore.getState().setShowChanges(true);
    expect(changesOf(useAppStore.getState())?.counts).toEqual({ added: 2, changed: 0, removed: 2 });
  });

  it('"Changed only" leaves the changed nodes, and goes when the changes are hidden', () => {
    apply(update);
    useAppStore.getState().setFilters({ changedOnly: true });
    expect([...visibleOf(useAppStore.getState()).nodeIds]).toEqual(['new']);
    useAppStore.getState().setShowChanges(false);
    const state = useAppStore.getState();
    expect(state.filters.changedOnly).toBe(false);
    expect(changesOf(state)).toBeNull();
    expect(visibleOf(state).nodeIds.size).toBe(2);
  });

  it('cannot be shown without a map before, and go with Undo, Reset and the example', () => {
    useAppStore.getState().setShowChanges(true);
    expect(useAppStore.getState().showChanges).toBe(false);
    apply(update);
    useAppStore.getState().undoImport();
    expect(useAppStore.getState().showChanges).toBe(false);
    apply(update);
    useAppStore.getState().resetToBundled();
    expect(useAppStore.getState().showChanges).toBe(false);
    apply(update);
    useAppStore.getState().openExample(makeGraph([makeNode({ id: 'x' })]));
    expect(useAppStore.getState().showChanges).toBe(false);
  });
});
