/** The built-in tour must work on the bundled map: every id exists and every step shows what it names. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/domain/filters';
import { buildAdjacency, khop } from '../../../src/domain/graph/neighbourhood';
import type { AwardLevel, NodeType } from '../../../src/domain/graph/types';
import { parseStory, resolveStep, storyToJson, xuejiaTour } from '../../../src/domain/story';
import { makeEdge, makeGraph, makeNode } from '../helpers';

type Row = Record<string, string>;

const readRows = (file: string): Row[] => {
  const text = readFileSync(path.resolve(__dirname, '../../../data', file), 'utf8');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

/** The bundled files use the contract's canonical values, so a direct mapping is enough here. */
const bundled = makeGraph(
  readRows('nodes.csv').map((row) =>
    makeNode({
      id: row.id ?? '',
      name: row.name ?? '',
      type: row.type as NodeType,
      sectors: (row.sector ?? '').split(';').filter(Boolean),
      awardLevel: row.award_level as AwardLevel,
    }),
  ),
  readRows('edges.csv').map((row) =>
    makeEdge({ source: row.source ?? '', target: row.target ?? '', relation: row.relation ?? '' }),
  ),
);
const adjacency = buildAdjacency(bundled);
const codePoints = (text: string): number => [...text].length;

describe('the built-in Xuejia tour', () => {
  it('has 6 to 10 steps and survives a save and load unchanged', () => {
    expect(xuejiaTour.steps.length).toBeGreaterThanOrEqual(6);
    expect(xuejiaTour.steps.length).toBeLessThanOrEqual(10);
    expect(parseStory(storyToJson(xuejiaTour))).toEqual({ story: xuejiaTour, problems: [] });
  });

  it.each(xuejiaTour.steps.map((step) => [step.id, step] as const))(
    'step %s has short captions in both languages',
    (_, step) => {
      expect(codePoints(step.caption.zh)).toBeLessThanOrEqual(90);
      expect(codePoints(step.caption.en)).toBeLessThanOrEqual(160);
      expect(codePoints(step.title.zh)).toBeLessThanOrEqual(12);
      expect(codePoints(step.title.en)).toBeLessThanOrEqual(40);
      expect(step.caption.zh && step.caption.en && step.title.zh && step.title.en).toBeTruthy();
    },
  );

  it.each(xuejiaTour.steps.map((step) => [step.id, step] as const))(
    'step %s names only ids of the bundled map',
    (_, step) => {
      expect(resolveStep(step, bundled).missing).toEqual({ nodes: [], edges: [] });
    },
  );

  it.each(xuejiaTour.steps.map((step) => [step.id, step] as const))(
    'step %s shows every element it highlights',
    (_, step) => {
      const view = resolveStep(step, bundled);
      const visible = applyFilters(bundled, view.filters);
      expect(visible.nodeIds.size).toBeGreaterThan(0);
      for (const id of view.highlightedNodes) expect(visible.nodeIds, id).toContain(id);
      for (const id of view.highlightedEdges) expect(visible.edgeIds, id).toContain(id);
      if (view.layout !== 'circle') return;

      expect(view.focus).not.toBeNull();
      const circle = khop(adjacency, view.focus ?? '', view.depth);
      for (const id of view.highlightedNodes) expect([...circle.keys()], id).toContain(id);
      for (const edge of bundled.edges.filter((candidate) => view.highlightedEdges.includes(candidate.id))) {
        expect(circle.has(edge.source) && circle.has(edge.target), edge.id).toBe(true);
      }
    },
  );
});
