import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  createDatasetStorage,
  fromRecords,
  groupRecords,
  StorageFailure,
  toRecords,
  type DatasetSnapshot,
} from '../../src/io/persistence';
import { makeGraph, makeNode } from '../domain/helpers';

const bundled = makeGraph([makeNode({ id: 'town' })]);
const uploaded = makeGraph([makeNode({ id: 'a', x: 1.5, y: -2 })]);
const upload: DatasetSnapshot = {
  graph: uploaded,
  origin: { kind: 'upload', files: ['n.csv'], time: 1700000000000 },
};

/** What storage gives back: keys and structured-cloned values, chunks in index order (JSON order is IndexedDB's for these few keys). */
const readBack = (records: [IDBValidKey, unknown][]) => {
  const sorted = [...records].sort(([a], [b]) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return groupRecords(
    sorted.map(([key]) => key),
    sorted.map(([, value]) => structuredClone(value)),
  );
};

describe('stored snapshots', () => {
  it('stand for the bundled map with a flag, and give it back as the same graph', () => {
    const records = toRecords('previous', { graph: bundled, origin: { kind: 'bundled' } }, bundled);
    expect(records).toEqual([[['previous'], { format: 1, origin: { kind: 'bundled' }, graph: 'bundled' }]]);
    expect(fromRecords(readBack(records).get('previous'), bundled)?.graph).toBe(bundled);
  });

  it('keep an uploaded map whole, positions included, with null-prototype attributes again', () => {
    const restored = fromRecords(readBack(toRecords('current', upload, bundled)).get('current'), bundled);
    expect(restored).toEqual(upload);
    expect(Object.getPrototypeOf(restored?.graph.nodes[0]?.attributes)).toBeNull();
  });

  it('keep the fictional example as it was opened, said to be the example', () => {
    const example = { graph: upload.graph, origin: { kind: 'example', time: 1700000000000 } } as const;
    const restored = fromRecords(readBack(toRecords('current', example, bundled)).get('current'), bundled);
    expect(restored?.origin).toEqual(example.origin);
    expect(restored?.graph).toEqual(example.graph);
  });

  it('split a big map into chunks, each written on its own, and join them back in order', () => {
    const nodes = Array.from({ length: CHUNK_SIZE * 2 + 1 }, (_, index) => makeNode({ id: `n${index}` }));
    const big = { graph: makeGraph(nodes), origin: upload.origin };
    const records = toRecords('current', big, bundled);
    expect(records.map(([key]) => key)).toEqual([
      ['current'],
      ['current', 'nodes', 0],
      ['current', 'nodes', 1],
      ['current', 'nodes', 2],
    ]);
    expect(
      fromRecords(readBack(records).get('current'), bundled)?.graph.nodes.map((node) => node.id),
    ).toEqual(nodes.map((node) => node.id));
  });

  it('keep the bundled map with saved positions whole: it is no longer the map as shipped', () => {
    const pinned = makeGraph([makeNode({ id: 'town', x: 3, y: 4 })]);
    const [head] = toRecords('current', { graph: pinned, origin: { kind: 'bundled' } }, bundled);
    expect(head?.[1]).toMatchObject({ graph: { chunks: { nodes: 1, edges: 0 } } });
  });

  it('read nothing from another format, a damaged head, a missing chunk, or a flag when the bundled map is missing', () => {
    const records = toRecords('current', upload, bundled);
    const [head, ...chunks] = records;
    if (!head) throw new Error('no head');
    const withHead = (value: unknown) => readBack([[head[0], value], ...chunks]).get('current');
    expect(fromRecords(withHead({ ...(head[1] as object), format: 0 }), bundled)).toBeNull();
    expect(
      fromRecords(
        withHead({ ...(head[1] as object), origin: { kind: 'upload', files: 'n.csv', time: 1 } }),
        bundled,
      ),
    ).toBeNull();
    expect(fromRecords(readBack([head]).get('current'), bundled)).toBeNull();
    expect(
      fromRecords(
        readBack(toRecords('current', { graph: bundled, origin: { kind: 'bundled' } }, bundled)).get(
          'current',
        ),
        null,
      ),
    ).toBeNull();
    expect(fromRecords(undefined, bundled)).toBeNull();
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
