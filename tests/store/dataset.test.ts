import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore, type Origin } from '../../src/store';
import { makeGraph, makeNode } from '../domain/helpers';
import type { ImportReport } from '../../src/domain/csv/report';

const report = (fatal: boolean): ImportReport => ({
  files: [],
  problems: [],
  fatal,
  nodeCount: 1,
  edgeCount: 0,
});
const bundled = makeGraph([makeNode({ id: 'town' })], []);
const uploaded = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'b' })], []);

describe('dataset slice', () => {
  beforeEach(() => {
    useAppStore.setState({
      previous: null,
      pending: null,
      selected: null,
      datasetReady: false,
      storageProblem: null,
      storageNoticeDismissed: false,
    });
    useAppStore.getState().setBundled(bundled);
  });

  it('keeps the current map until Apply, then allows Undo', () => {
    const store = useAppStore.getState();
    store.stageImport({ result: { graph: uploaded, report: report(false) }, files: ['n.csv'], mappings: [] });
    expect(useAppStore.getState().graph).toBe(bundled);
    useAppStore.getState().applyPending();
    expect(useAppStore.getState().graph).toBe(uploaded);
    expect(useAppStore.getState().origin).toMatchObject({ kind: 'upload', files: ['n.csv'] });
    useAppStore.getState().undoImport();
    expect(useAppStore.getState().graph).toBe(bundled);
    expect(useAppStore.getState().origin.kind).toBe('bundled');
  });

  it('never applies a fatal import', () => {
    useAppStore
      .getState()
      .stageImport({ result: { graph: uploaded, report: report(true) }, files: ['bad.csv'], mappings: [] });
    useAppStore.getState().applyPending();
    expect(useAppStore.getState().graph).toBe(bundled);
    expect(useAppStore.getState().pending).not.toBeNull();
  });

  it('resets to the bundled map, and that reset can be undone', () => {
    useAppStore
      .getState()
      .stageImport({ result: { graph: uploaded, report: report(false) }, files: ['n.csv'], mappings: [] });
    useAppStore.getState().applyPending();
    useAppStore.getState().resetToBundled();
    expect(useAppStore.getState().graph).toBe(bundled);
    useAppStore.getState().undoImport();
    expect(useAppStore.getState().graph).toBe(uploaded);
  });

  it('is ready for a shared view once the bundled map is shown', () => {
    useAppStore.setState({ datasetReady: false });
    useAppStore.getState().setBundled(bundled);
    expect(useAppStore.getState().datasetReady).toBe(true);
  });

  it('restores a saved dataset, so Undo and Reset work after a reload', () => {
    useAppStore.setState({ datasetReady: false });
    const origin: Origin = { kind: 'upload', files: ['n.csv'], time: 1 };
    useAppStore
      .getState()
      .restoreDataset(
        { current: { graph: uploaded, origin }, previous: { graph: bundled, origin: { kind: 'bundled' } } },
        bundled,
      );
    const state = useAppStore.getState();
    expect([state.graph, state.origin, state.bundled, state.datasetReady]).toEqual([
      uploaded,
      origin,
      bundled,
      true,
    ]);
    state.undoImport();
    expect(useAppStore.getState().graph).toBe(bundled);
    expect(useAppStore.getState().origin.kind).toBe('bundled');
  });

  it('notes a storage problem without touching the map; a dismissed notice stays closed until the problem changes', () => {
    const store = useAppStore.getState();
    store.setStorageProblem('quota');
    expect(useAppStore.getState()).toMatchObject({
      storageProblem: 'quota',
      storageNoticeDismissed: false,
      graph: bundled,
    });
    store.dismissStorageNotice();
    store.setStorageProblem('quota');
    expect(useAppStore.getState().storageNoticeDismissed).toBe(true);
    store.setStorageProblem('write-failed');
    expect(useAppStore.getState()).toMatchObject({
      storageProblem: 'write-failed',
      storageNoticeDismissed: false,
    });
  });
});

describe('a new map', () => {
  const opened = () => useAppStore.setState({ openGroups: ['agg:seg:s1', 'agg:other'], lod: 'all' });
  const lodOf = () => {
    const { openGroups, lod } = useAppStore.getState();
    return { openGroups, lod };
  };
  const fresh = { openGroups: [], lod: 'auto' };

  beforeEach(() => useAppStore.getState().setBundled(bundled));

  it('opens grouped afresh after an import, its Undo and a reset', () => {
    useAppStore
      .getState()
      .stageImport({ result: { graph: uploaded, report: report(false) }, files: ['n.csv'], mappings: [] });
    opened();
    useAppStore.getState().applyPending();
    expect(lodOf()).toEqual(fresh);
    opened();
    useAppStore.getState().undoImport();
    expect(lodOf()).toEqual(fresh);
    useAppStore
      .getState()
      .stageImport({ result: { graph: uploaded, report: report(false) }, files: ['n.csv'], mappings: [] });
    useAppStore.getState().applyPending();
    opened();
    useAppStore.getState().resetToBundled();
    expect(lodOf()).toEqual(fresh);
  });

  it('opens grouped afresh when a saved dataset is restored', () => {
    opened();
    useAppStore.getState().restoreDataset(
      {
        current: { graph: uploaded, origin: { kind: 'upload', files: ['n.csv'], time: 1 } },
        previous: null,
      },
      bundled,
    );
    expect(lodOf()).toEqual(fresh);
  });

  it('keeps the opened groups when only positions are saved', () => {
    opened();
    useAppStore.getState().savePositions(new Map([['town', { x: 1, y: 2 }]]));
    expect(lodOf()).toEqual({ openGroups: ['agg:seg:s1', 'agg:other'], lod: 'all' });
  });
});
