import { describe, expect, it } from 'vitest';
import { createDatasetStorage, fromStored, StorageFailure, toStored, type DatasetSnapshot } from '../../src/io/persistence';
import { makeGraph, makeNode } from '../domain/helpers';

const bundled = makeGraph([makeNode({ id: 'town' })]);
const uploaded = makeGraph([makeNode({ id: 'a', x: 1.5, y: -2 })]);
const upload: DatasetSnapshot = { graph: uploaded, origin: { kind: 'upload', files: ['n.csv'], time: 1700000000000 } };

describe('stored snapshots', () => {
  it('stand for the bundled map with a flag, and give it back as the same graph', () => {
    const stored = toStored({ graph: bundled, origin: { kind: 'bundled' } }, bundled);
    expect(stored.graph).toBe('bundled');
    expect(fromStored(structuredClone(stored), bundled)?.graph).toBe(bundled);
  });

  it('keep an uploaded map whole, positions included, with null-prototype attributes again', () => {
    const copy = structuredClone(toStored(upload, bundled));
    const restored = fromStored(copy, bundled);
    expect(restored).toEqual(upload);
    expect(Object.getPrototypeOf(restored?.graph.nodes[0]?.attributes)).toBeNull();
  });

  it('keeps the bundled map with saved positions whole: it is no longer the map as shipped', () => {
    const pinned = makeGraph([makeNode({ id: 'town', x: 3, y: 4 })]);
    expect(toStored({ graph: pinned, origin: { kind: 'bundled' } }, bundled).graph).toBe(pinned);
  });

  it('read nothing from another format, a damaged record, or a flag when the bundled map is missing', () => {
    expect(fromStored({ ...toStored(upload, bundled), format: 0 }, bundled)).toBeNull();
    expect(fromStored({ format: 1, origin: { kind: 'upload', files: 'n.csv', time: 1 }, graph: uploaded }, bundled)).toBeNull();
    expect(fromStored({ format: 1, origin: { kind: 'bundled' }, graph: { nodes: [] } }, bundled)).toBeNull();
    expect(fromStored(toStored({ graph: bundled, origin: { kind: 'bundled' } }, bundled), null)).toBeNull();
    expect(fromStored(undefined, bundled)).toBeNull();
  });
});

describe('dataset storage without IndexedDB', () => {
  const expectProblem = async (promise: Promise<unknown>, problem: string) => {
    const failure = await promise.then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageFailure);
    expect((failure as StorageFailure).problem).toBe(problem);
  };

  it('fails as unavailable when the browser has none (private mode, old browsers)', async () => {
    const storage = createDatasetStorage(() => undefined);
    await expectProblem(storage.load(bundled), 'unavailable');
    await expectProblem(storage.save({ current: upload, previous: null }, bundled), 'unavailable');
  });

  it('fails as unavailable when opening the database throws', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expectProblem(createDatasetStorage(() => refusing).load(bundled), 'unavailable');
  });
});
