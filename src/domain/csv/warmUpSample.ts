import type { InputFile } from './import';

/**
 * A small made-up pair of files that the spare import worker reads while it waits for an upload, so
 * that the import's code (decoding, splitting, every row reader, the packing) is compiled and
 * optimised before a real file arrives: read cold, a 10k-node pair takes about a quarter longer.
 * Both ways offices write their files take turns: English headers with chain and segment rows,
 * Chinese headers with chains and stages only as values (a few quoted cells, list separators,
 * weights, directed and undirected ties), so the same code paths get warm as with real data.
 */

/** Nodes per sample; each has a few ties. Big enough to warm a row reader, small enough to stop soon. */
export const WARM_UP_NODES = 200;
const EDGES_PER_NODE = 3;

interface Spelling {
  nodeHeader: string;
  edgeHeader: string;
  enterprise: string;
  chainName: (chain: number) => string;
  stages: readonly string[];
  levels: readonly string[];
  localities: readonly string[];
  relations: readonly string[];
  /** Chain and segment rows, and membership ties to the segments: the chains shape. */
  chainRows: boolean;
}

const ENGLISH: Spelling = {
  nodeHeader: 'id,name,type,sector,segment,award_level,awards,locality,key',
  edgeHeader: 'source,target,relation,weight',
  enterprise: 'enterprise',
  chainName: (chain) => `chain-${chain}`,
  stages: ['upstream', 'midstream', 'downstream', ''],
  levels: ['national', 'provincial', 'municipal', '', '', ''],
  localities: ['local', 'outside', 'local'],
  relations: ['supply', 'cooperation', 'research', 'investment', 'incubation', 'service'],
  chainRows: true,
};

const CHINESE: Spelling = {
  nodeHeader: '编号,企业名称,类型,产业链,环节,荣誉等级,荣誉,属地',
  edgeHeader: '源,目标,关系,权重',
  enterprise: '企业',
  chainName: (chain) => `示例${chain}产业链`,
  stages: ['上游', '中游', '下游', ''],
  levels: ['国家级', '省级', '市级', '', '', ''],
  localities: ['本地', '外地', '本地'],
  relations: ['供应', '合作', '产学研', '投资', '孵化', '服务'],
  chainRows: false,
};

const CHAINS = 4;
const SEGMENTS_PER_CHAIN = 3;

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length] as T;

function nodesCsv(spelling: Spelling): string {
  const lines = [spelling.nodeHeader];
  if (spelling.chainRows)
    for (let chain = 1; chain <= CHAINS; chain++) {
      lines.push(`chain-${chain},示例${chain}产业链,chain,chain-${chain},,none,,local,`);
      for (let segment = 1; segment <= SEGMENTS_PER_CHAIN; segment++)
        lines.push(
          `seg-${chain}-${segment},环节${chain}-${segment},segment,chain-${chain},${pick(spelling.stages, segment - 1)},,,local,`,
        );
    }
  for (let index = 1; index <= WARM_UP_NODES; index++) {
    const chain = (index % CHAINS) + 1;
    const sectors =
      index % 5 === 0
        ? `${spelling.chainName(chain)}、${spelling.chainName((chain % CHAINS) + 1)}`
        : spelling.chainName(chain);
    const segment = spelling.chainRows
      ? `seg-${chain}-${(index % SEGMENTS_PER_CHAIN) + 1}`
      : pick(spelling.stages, index);
    const level = pick(spelling.levels, index);
    const awards = level === '' ? '' : index % 7 === 0 ? `"${level}专精特新""小巨人"""` : `${level}示范企业`;
    const cells = [
      `ent-${index}`,
      `示例企业${index}有限公司`,
      spelling.enterprise,
      sectors,
      segment,
      level,
      awards,
      pick(spelling.localities, index),
    ];
    if (spelling.chainRows) cells.push(index % 11 === 0 ? 'yes' : '');
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

function edgesCsv(spelling: Spelling): string {
  const lines = [spelling.edgeHeader];
  for (let index = 1; index <= WARM_UP_NODES; index++) {
    if (spelling.chainRows)
      lines.push(`ent-${index},seg-${(index % CHAINS) + 1}-${(index % SEGMENTS_PER_CHAIN) + 1},membership,`);
    for (let tie = 1; tie <= EDGES_PER_NODE; tie++) {
      const target = ((index + tie * 37) % WARM_UP_NODES) + 1;
      const weight = (index + tie) % 3 === 0 ? '' : String((index + tie) % 5);
      lines.push(`ent-${index},ent-${target},${pick(spelling.relations, index + tie)},${weight}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The `step`th sample: English and Chinese headers take turns. */
export function warmUpSample(step: number): InputFile[] {
  const spelling = step % 2 === 0 ? ENGLISH : CHINESE;
  const encoder = new TextEncoder();
  return [
    { name: 'nodes.csv', bytes: encoder.encode(nodesCsv(spelling)) },
    { name: 'edges.csv', bytes: encoder.encode(edgesCsv(spelling)) },
  ];
}
