import { describe, expect, it } from 'vitest';
import { applyFilters, buildFilterIndex, defaultFilters } from '../../src/domain/filters';
import { groupIdByNode } from '../../src/domain/group';
import { mapChangesOf } from '../../src/domain/diff';
import {
  filterIndexOf,
  fullDetailPositionsOf,
  fullLegendOf,
  groupIdByNodeOf,
  graphDiffOf,
  legendOf,
  mapChangesBetween,
  prepareDerived,
} from '../../src/store/derived';
import { makeGraph, makeNode } from '../domain/helpers';

const graph = () =>
  makeGraph([
    makeNode({ id: 'c1', type: 'chain' }),
    makeNode({ id: 'e1', sectors: ['c1'] }),
    makeNode({ id: 'e2', sectors: ['c1'], awardLevel: 'national' }),
  ]);

describe('prepareDerived', () => {
  it('computes one piece per task, asking before each whether it is still wanted', async () => {
    const asked: number[] = [];
    let tasks = 0;
    // A task that runs between two pieces proves they are not computed in one go.
    const ticker = setInterval(() => (tasks += 1), 0);
    await prepareDerived(graph(), () => {
      asked.push(tasks);
      return true;
    });
    clearInterval(ticker);
    expect(asked.length).toBeGreaterThan(3);
    expect(new Set(asked).size).toBeGreaterThan(1);
  });

  it('stops once the graph is no longer wanted (another import, the report cancelled)', async () => {
    let asked = 0;
    await prepareDerived(graph(), () => ++asked < 2);
    expect(asked).toBe(2);
  });

  it('works out the filter index and the group assignment over several steps, finished by a call in between', () => {
    const stepped = graph();
    const indexSteps = filterIndexOf.steps(stepped);
    let steps = 0;
    while (!indexSteps.next().done) steps += 1;
    expect(steps).toBeGreaterThan(2);
    const index = filterIndexOf(stepped);
    expect(index).toEqual(buildFilterIndex(stepped));
    expect(filterIndexOf.steps(stepped).next()).toEqual({ done: true, value: index });
    // Half done, then asked for: the call finishes what the steps started, and the steps find it known.
    const halfway = graph();
    const running = groupIdByNodeOf.steps(halfway);
    expect(running.next().done).toBe(false);
    expect(groupIdByNodeOf.steps(halfway).next().done).toBe(false);
    const groups = groupIdByNodeOf(halfway);
    expect(groups).toEqual(groupIdByNode(halfway));
    expect(groupIdByNodeOf.steps(halfway).next()).toEqual({ done: true, value: groups });
    expect(groupIdByNodeOf(halfway)).toBe(groups);
  });

  it('leaves full detail positions ready, the same object the map reads later', async () => {
    const prepared = graph();
    await prepareDerived(prepared, () => true);
    const first = fullDetailPositionsOf(prepared);
    expect(first.size).toBe(3);
    expect(fullDetailPositionsOf(prepared)).toBe(first);
  });
});

describe('derived data shared between the import report, Apply and the panels', () => {
  it('diffs two maps once: the report, Apply and the changes on the map read the same diff', () => {
    const before = graph();
    const after = makeGraph([makeNode({ id: 'c1', type: 'chain' }), makeNode({ id: 'e3', sectors: ['c1'] })]);
    const diff = graphDiffOf(before, after);
    expect(graphDiffOf(before, after)).toBe(diff);
    expect(diff.nodes.added).toEqual(['e3']);
    const changes = mapChangesBetween(before, after);
    expect(mapChangesBetween(before, after)).toBe(changes);
    expect(changes).toEqual(mapChangesOf(before, after));
  });

  it("gives the whole graph's legend while every element passes the filters, and the filtered one otherwise", () => {
    const shown = graph();
    expect(legendOf(shown, applyFilters(shown, defaultFilters))).toBe(fullLegendOf(shown));
    const national = applyFilters(shown, { ...defaultFilters, awardLevels: ['national'] });
    const filtered = legendOf(shown, national);
    expect(filtered).not.toBe(fullLegendOf(shown));
    expect(filtered.nodeTypes).toEqual([{ type: 'enterprise', shape: expect.any(String), count: 1 }]);
  });
});
