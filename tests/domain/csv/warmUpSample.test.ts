/** warmUpSample: the made-up files the spare import worker reads must take the paths real files take. */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/domain/csv/import';
import { WARM_UP_NODES, warmUpSample } from '../../../src/domain/csv/warmUpSample';

describe('warmUpSample', () => {
  it('reads without a problem in both header languages, with quoted cells among the awards', () => {
    for (const step of [0, 1]) {
      const files = warmUpSample(step);
      const { report } = importFiles(files);
      expect(report.fatal).toBe(false);
      expect(report.problems).toEqual([]);
      expect(report.files.map((file) => file.role)).toEqual(['nodes', 'edges']);
      expect(new TextDecoder().decode(files[0]?.bytes)).toContain('""小巨人""');
    }
  });

  it('takes turns: English headers with chain and segment rows, then Chinese headers with chains by value', () => {
    const english = importFiles(warmUpSample(0)).graph;
    const chinese = importFiles(warmUpSample(1)).graph;
    expect(english.spelling?.nodes?.columns.map((column) => column.header)).toContain('award_level');
    expect(chinese.spelling?.nodes?.columns.map((column) => column.header)).toContain('荣誉等级');
    expect(english.nodes.filter((node) => node.type === 'chain').length).toBeGreaterThan(0);
    expect(english.edges.some((edge) => edge.relation === 'membership')).toBe(true);
    expect(chinese.nodes.filter((node) => node.type !== 'enterprise')).toEqual([]);
    expect(new Set(chinese.nodes.flatMap((node) => node.sectors)).size).toBeGreaterThan(1);
    expect(new Set(chinese.nodes.map((node) => node.segment))).toEqual(
      new Set(['upstream', 'midstream', 'downstream', '']),
    );
  });

  it('gives each sample enough rows to warm a row reader, with directed and undirected ties and weights', () => {
    for (const step of [2, 3]) {
      const { graph } = importFiles(warmUpSample(step));
      expect(graph.nodes.length).toBeGreaterThanOrEqual(WARM_UP_NODES);
      expect(graph.edges.length).toBeGreaterThanOrEqual(3 * WARM_UP_NODES);
      expect(new Set(graph.edges.map((edge) => edge.directed))).toEqual(new Set([true, false]));
      expect(graph.edges.some((edge) => edge.weight !== undefined)).toBe(true);
      expect(graph.edges.some((edge) => edge.weight === undefined)).toBe(true);
    }
  });
});
