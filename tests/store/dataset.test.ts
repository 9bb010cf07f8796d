import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';
import { makeGraph, makeNode } from '../domain/helpers';
import type { ImportReport } from '../../src/domain/csv/report';

const report = (fatal: boolean): ImportReport => ({ files: [], problems: [], fatal, nodeCount: 1, edgeCount: 0 });
const bundled = makeGraph([makeNode({ id: 'town' })], []);
const uploaded = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'b' })], []);

describe('dataset slice', () => {
  beforeEach(() => {
    useAppStore.setState({ previous: null, pending: null, selected: null });
    useAppStore.getState().setBundled(bundled);
  });

  it('keeps the current map until Apply, then allows Undo', () => {
    const store = useAppStore.getState();
    store.stageImport({ result: { graph: uploaded, report: report(false) }, files: ['n.csv'] });
    expect(useAppStore.getState().graph).toBe(bundled);
    useAppStore.getState().applyPending();
    expect(useAppStore.getState().graph).toBe(uploaded);
    expect(useAppStore.getState().origin).toMatchObject({ kind: 'upload', files: ['n.csv'] });
    useAppStore.getState().undoImport();
    expect(useAppStore.getState().graph).toBe(bundled);
    expect(useAppStore.getState().origin.kind).toBe('bundled');
  });

  it('never applies a fatal import', () => {
    useAppStore.getState().stageImport({ result: { graph: uploaded, report: report(true) }, files: ['bad.csv'] });
    useAppStore.getState().applyPending();
    expect(useAppStore.getState().graph).toBe(bundled);
    expect(useAppStore.getState().pending).not.toBeNull();
  });

  it('resets to the bundled map, and that reset can be undone', () => {
    useAppStore.getState().stageImport({ result: { graph: uploaded, report: report(false) }, files: ['n.csv'] });
    useAppStore.getState().applyPending();
    useAppStore.getState().resetToBundled();
    expect(useAppStore.getState().graph).toBe(bundled);
    useAppStore.getState().undoImport();
    expect(useAppStore.getState().graph).toBe(uploaded);
  });
});
