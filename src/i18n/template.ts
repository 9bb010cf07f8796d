/**
 * What *Download template* writes besides the headers (which come from the import's own aliases,
 * src/domain/csv/headers.ts): file and sheet names, example rows and the notes sheet, per language.
 * The examples are plainly made up, and import without a problem (a test checks it).
 */
import type { TemplateExamples } from '../domain/csv/template';
import type { Lang } from '../domain/view-state/lang';

export interface TemplateContent {
  files: { workbook: string; nodes: string; edges: string };
  sheets: { nodes: string; edges: string; notes: string };
  examples: TemplateExamples;
  notes: readonly string[];
}

const en: TemplateContent = {
  files: {
    workbook: 'chain-map-template.xlsx',
    nodes: 'chain-map-template-nodes.csv',
    edges: 'chain-map-template-edges.csv',
  },
  sheets: { nodes: 'nodes', edges: 'edges', notes: 'notes' },
  examples: {
    nodes: [
      { id: 'chain-ev', name: 'Example EV chain', type: 'chain' },
      {
        id: 'ent-001',
        name: 'Example Precision A',
        type: 'enterprise',
        sector: 'chain-ev',
        segment: 'upstream',
        awards: 'provincial specialised SME',
        award_level: 'provincial',
        locality: 'local',
        description: 'Example row: replace it with your own data.',
        evidence: '2024 district announcement',
      },
      {
        id: 'ent-002',
        name: 'Example Vehicles B',
        type: 'enterprise',
        sector: 'chain-ev',
        segment: 'downstream',
        locality: 'outside',
      },
    ],
    edges: [
      {
        source: 'ent-001',
        target: 'ent-002',
        relation: 'supply',
        weight: '1',
        label: 'Example: A supplies B',
        evidence: '2024 district announcement',
      },
    ],
  },
  notes: [
    'Chain Explorer data template',
    'Sheet "nodes": one row per node. Only id is required and must be unique; leave any other cell empty. Columns you add are kept.',
    'type: enterprise, university, platform, chain or segment. award_level: national, provincial, municipal or none (empty: worked out from awards). locality: local or outside.',
    'sector: the id or name of a chain node; several separated by ";". segment: upstream, midstream, downstream, or the id of a segment node.',
    'Sheet "edges": one row per tie. source and target are node ids. relation: supply, cooperation, research, incubation, investment, membership, service or alliance.',
    'The example rows start with "Example": replace or delete them.',
    'Import the workbook as it is (.xlsx), or save each sheet as CSV UTF-8: Import CSV / Excel… in Chain Explorer, or drop the file on its window.',
  ],
};

const zh: TemplateContent = {
  files: {
    workbook: '产业链图谱模板.xlsx',
    nodes: '产业链图谱模板-节点.csv',
    edges: '产业链图谱模板-关系.csv',
  },
  sheets: { nodes: '节点', edges: '关系', notes: '说明' },
  examples: {
    nodes: [
      { id: 'chain-ev', name: '示例·新能源汽车', type: '产业链' },
      {
        id: 'ent-001',
        name: '示例·甲精密',
        type: '企业',
        sector: 'chain-ev',
        segment: '上游',
        awards: '省级专精特新中小企业',
        award_level: '省级',
        locality: '本地',
        description: '示例行：请替换为真实数据。',
        evidence: '2024年区政府公告',
      },
      {
        id: 'ent-002',
        name: '示例·乙整车',
        type: '企业',
        sector: 'chain-ev',
        segment: '下游',
        locality: '外地',
      },
    ],
    edges: [
      {
        source: 'ent-001',
        target: 'ent-002',
        relation: '供应',
        weight: '1',
        label: '示例：甲精密向乙整车供货',
        evidence: '2024年区政府公告',
      },
    ],
  },
  notes: [
    '产业链图谱（Chain Explorer）数据模板',
    '“节点”表：每行一个节点。只有“编号”必填且不能重复，其余单元格可留空；自己加的列会原样保留。',
    '类型：企业、高校、平台、产业链、环节。荣誉等级：国家级、省级、市级、无（留空则按“荣誉”推断）。属地：本地、外地。',
    '产业链：填产业链节点的编号或名称，多个用“;”分隔。环节：上游、中游、下游，或环节节点的编号。',
    '“关系”表：每行一条关系。起点、终点填节点编号。关系：供应、合作、产学研、孵化、投资、隶属、服务、联盟。',
    '示例行以“示例·”开头，请替换或删除。',
    '可直接导入本工作簿（.xlsx），也可把各表另存为“CSV UTF-8”：在产业链图谱中点“导入 CSV / Excel…”，或把文件拖入窗口。',
  ],
};

export const templateContent: Record<Lang, TemplateContent> = { zh, en };
