import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { chainLanes } from '../../../src/domain/layout';
import { buildAdjacency } from '../../../src/domain/graph/neighbourhood';
import { makeGraph, makeNode, makeEdge } from '../helpers';
it('bench', () => {
  let a = 7; const rnd = (n: number) => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return (((t ^ t >>> 14) >>> 0) / 4294967296 * n) | 0; };
  const stages = ['upstream', 'midstream', 'downstream', ''];
  const nodes = [
    ...Array.from({ length: 12 }, (_, i) => makeNode({ id: `c${i}`, type: 'chain' })),
    ...Array.from({ length: 120 }, (_, i) => makeNode({ id: `s${i}`, type: 'segment', sectors: [`c${i % 12}`], segment: stages[i % 3] })),
    ...Array.from({ length: 50000 }, (_, i) => makeNode({ id: `n${i}`, name: `企业${rnd(99999)}`, type: i % 50 === 0 ? 'university' : 'enterprise', sectors: i % 7 === 0 ? [] : [`c${rnd(12)}`], segment: rnd(2) ? `s${rnd(120)}` : stages[rnd(4)] })),
  ];
  const rel = ['supply', 'cooperation', 'research', 'membership'];
  const edges = Array.from({ length: 200000 }, (_, i) => makeEdge({ id: `e${i}`, source: `n${rnd(50000)}`, target: `n${rnd(50000)}`, relation: rel[rnd(4)] }));
  const g = makeGraph(nodes, edges);
  for (let k = 0; k < 3; k++) {
  let t = performance.now(); chainLanes(g);
  writeFileSync('/tmp/lanes.txt', `lanes ${performance.now() - t}\n`, { flag: 'a' });
  t = performance.now(); buildAdjacency(g);
  writeFileSync('/tmp/lanes.txt', `adj ${performance.now() - t}\n`, { flag: 'a' });
  }
});
