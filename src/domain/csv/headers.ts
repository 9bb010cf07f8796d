import type { FileRole } from './report';
import type { Lang } from '../view-state/lang';

/** The contract's columns, in the order export writes them. */
export const NODE_FIELDS = [
  'id',
  'name',
  'type',
  'sector',
  'segment',
  'award_level',
  'awards',
  'locality',
  'key',
  'description',
  'evidence',
  'url',
  'x',
  'y',
] as const;
export type NodeField = (typeof NODE_FIELDS)[number];

export const EDGE_FIELDS = ['source', 'target', 'relation', 'weight', 'label', 'evidence'] as const;
export type EdgeField = (typeof EDGE_FIELDS)[number];

const EVIDENCE_ALIASES = ['依据', '出处', '来源说明', '证据'];

/**
 * Header spellings beside the field's own name, written as normaliseHeader leaves them (Gephi's `Id`, `Label`… included).
 * The first Chinese one is the header the Chinese template writes (see templateHeader).
 */
const NODE_ALIASES: Record<NodeField, readonly string[]> = {
  id: ['node_id', '编号', '节点id', '节点编号', 'id号'],
  name: ['label', 'node_name', '名称', '名字', '企业名称', '单位名称', '节点名称'],
  type: ['kind', 'node_type', '类型', '类别', '节点类型'],
  sector: ['chain', 'chains', 'sectors', 'industry', '产业链', '产业', '行业', '所属产业链', '所属产业'],
  segment: ['stage', 'position', '环节', '链位', '所属环节', '产业链环节'],
  award_level: ['level', 'honour_level', 'honor_level', '荣誉等级', '级别', '等级'],
  awards: ['award', 'honours', 'honors', 'honour', 'honor', '荣誉', '资质', '荣誉资质'],
  locality: ['location', '属地', '本地', '区域', '本地外地'],
  key: ['critical', 'key_segment', '关键环节', '是否关键', '关键'],
  description: ['desc', 'summary', '简介', '描述', '说明'],
  evidence: EVIDENCE_ALIASES,
  url: ['website', 'link', 'homepage', '网址', '网站', '链接'],
  x: [],
  y: [],
};

const EDGE_ALIASES: Record<EdgeField, readonly string[]> = {
  source: ['from', 'source_id', '起点', '源', '源节点', '供方'],
  target: ['to', 'target_id', '终点', '目标', '目标节点', '需方'],
  relation: ['type', 'relationship', 'relation_type', '关系', '关系类型', '类型'],
  weight: ['权重', '强度'],
  label: ['说明', '标签', '描述'],
  evidence: EVIDENCE_ALIASES,
};

const HAN = /\p{Script=Han}/u;

/** The header a template writes for a field: the field's own name, or in Chinese its first Chinese alias. */
export function templateHeader(kind: FileRole, field: NodeField | EdgeField, lang: Lang): string {
  const aliases: readonly string[] =
    kind === 'nodes' ? (NODE_ALIASES[field as NodeField] ?? []) : (EDGE_ALIASES[field as EdgeField] ?? []);
  return (lang === 'zh' ? aliases.find((alias) => HAN.test(alias)) : undefined) ?? field;
}

const HEADER_SEPARATORS = /[\s_-]+/g;

/** Case-insensitive, trimmed, with `_`, `-` and spaces alike: `Award-Level` → `award_level`. */
export const normaliseHeader = (header: string): string =>
  header.trim().toLowerCase().replace(HEADER_SEPARATORS, '_');

/** A Map, not an object: a header such as `__proto__` or `constructor` must find nothing. */
const aliasLookup = <F extends string>(aliases: Record<F, readonly string[]>): ReadonlyMap<string, F> => {
  const lookup = new Map<string, F>();
  for (const [field, spellings] of Object.entries(aliases) as [F, readonly string[]][]) {
    for (const spelling of [field, ...spellings]) lookup.set(spelling, field);
  }
  return lookup;
};

const NODE_LOOKUP = aliasLookup(NODE_ALIASES);
const EDGE_LOOKUP = aliasLookup(EDGE_ALIASES);

export interface ColumnPlan<F extends string> {
  /** Every column that spells a field, per field: a column named exactly as the field first, then file order. */
  claims: Map<F, number[]>;
  /** Columns with a header, in file order, that spell no field. */
  unknown: number[];
  /** Columns left out: an empty header, or a header written exactly as an earlier one. */
  unnamed: number[];
  repeated: number[];
}

/** A column's field as the user assigned it in the column-mapping step, or `keep` for an attribute. */
export type ColumnRole = NodeField | EdgeField | 'keep';

/**
 * `assigned` (one role per column, from the column-mapping step) replaces the header lookup; a
 * role of the other kind of file counts as `keep`.
 */
function planColumns<F extends string>(
  header: readonly string[],
  lookup: ReadonlyMap<string, F>,
  fields: readonly F[],
  assigned?: readonly ColumnRole[],
): ColumnPlan<F> {
  const fieldOf = (normalised: string, index: number): F | undefined => {
    if (!assigned) return lookup.get(normalised);
    const role = assigned[index];
    return fields.find((field) => field === role);
  };
  const plan: ColumnPlan<F> = { claims: new Map(), unknown: [], unnamed: [], repeated: [] };
  const exact = new Set<number>();
  const seen = new Set<string>();
  header.forEach((written, index) => {
    if (written === '') plan.unnamed.push(index);
    else if (seen.has(written)) plan.repeated.push(index);
    else {
      seen.add(written);
      const normalised = normaliseHeader(written);
      const field = fieldOf(normalised, index);
      if (field === undefined) plan.unknown.push(index);
      else {
        if (normalised === field) exact.add(index);
        plan.claims.set(field, [...(plan.claims.get(field) ?? []), index]);
      }
    }
  });
  // A stable sort: the columns named exactly as the field move ahead of the aliases.
  for (const columns of plan.claims.values())
    columns.sort((a, b) => Number(exact.has(b)) - Number(exact.has(a)));
  return plan;
}

/** The columns of a file read as nodes. Headers are expected trimmed. */
export const planNodeColumns = (
  header: readonly string[],
  assigned?: readonly ColumnRole[],
): ColumnPlan<NodeField> => planColumns(header, NODE_LOOKUP, NODE_FIELDS, assigned);
export const planEdgeColumns = (
  header: readonly string[],
  assigned?: readonly ColumnRole[],
): ColumnPlan<EdgeField> => planColumns(header, EDGE_LOOKUP, EDGE_FIELDS, assigned);

/** What a file holds, given whether it has a column for a field: source and target make an edge list, id a nodes file. */
const roleFrom = (has: (kind: FileRole, field: string) => boolean): FileRole | undefined => {
  if (has('edges', 'source') && has('edges', 'target')) return 'edges';
  if (has('nodes', 'id')) return 'nodes';
  return undefined;
};

export function detectRole(header: readonly string[]): FileRole | undefined {
  const normalised = header.map(normaliseHeader);
  const lookups = { nodes: NODE_LOOKUP, edges: EDGE_LOOKUP };
  return roleFrom((kind, field) => normalised.some((name) => lookups[kind].get(name) === field));
}

/** The role of a file whose columns the user assigned, by the same rule as detectRole. */
export const assignedRole = (assigned: readonly ColumnRole[]): FileRole | undefined =>
  roleFrom((_kind, field) => assigned.includes(field as ColumnRole));

/** The field the header lookup gives each column when the file is read as `kind`, else `keep`: the column-mapping step's first guess. */
export function guessRoles(header: readonly string[], kind: FileRole): ColumnRole[] {
  const roles: ColumnRole[] = header.map(() => 'keep');
  const { claims } = kind === 'nodes' ? planNodeColumns(header) : planEdgeColumns(header);
  for (const [field, [first]] of claims as Map<ColumnRole, number[]>)
    if (first !== undefined) roles[first] = field;
  return roles;
}
