import type { AwardLevel, KnownRelation, Locality, NodeType, Stage } from '../graph/types';

/** Separators of multi-valued cells (sector, awards); export joins with the first. */
export const LIST_SEPARATOR = ';';
const LIST_SEPARATORS = /[;；|、]/;

/** The parts of a multi-valued cell, trimmed, without empty ones or repeats. */
export const splitList = (cell: string): string[] => {
  const parts: string[] = [];
  if (cell === '') return parts;
  for (const written of cell.split(LIST_SEPARATORS)) {
    const part = written.trim();
    if (part !== '' && !parts.includes(part)) parts.push(part);
  }
  return parts;
};

/** Spelling (lower case) → value. A Map, so `constructor` or `__proto__` as a cell value finds nothing. */
const spellings = <V extends string>(table: Record<V, readonly string[]>): ReadonlyMap<string, V> => {
  const lookup = new Map<string, V>();
  for (const [value, written] of Object.entries(table) as [V, readonly string[]][]) {
    for (const spelling of [value, ...written]) lookup.set(spelling.toLowerCase(), value);
  }
  return lookup;
};

const NODE_TYPES = spellings<NodeType>({
  enterprise: ['企业', '公司', 'company', 'firm'],
  university: ['高校', '大学', '院校', '学院', 'college'],
  platform: ['平台', '载体', '机构', '园区', '科研院所', 'institution', 'park'],
  chain: ['产业链', '链', 'sector', 'industry'],
  segment: ['环节', 'stage'],
});

const RELATIONS = spellings<KnownRelation>({
  supply: ['供应', '供货', '上下游', 'supplier'],
  cooperation: ['合作', 'cooperate', 'co-operation', 'partnership'],
  research: ['产学研', '研发', 'r&d'],
  incubation: ['孵化', 'incubate'],
  investment: ['投资', '参股', 'invest'],
  membership: ['隶属', '属于', '成员', 'member', 'belongs'],
  service: ['服务', 'serve'],
  alliance: ['联盟', 'ally'],
  related: ['相关', '关联'],
});

const AWARD_LEVELS = spellings<AwardLevel>({
  national: ['国家级', '国家', '国级'],
  provincial: ['省级', '省'],
  municipal: ['市级', '市'],
  none: ['无', '否'],
});

const STAGES = spellings<Stage>({
  upstream: ['上游', 'up'],
  midstream: ['中游', 'mid'],
  downstream: ['下游', 'down'],
});

const LOCALITIES = spellings<Locality>({
  local: ['本地', 'inside', 'internal', '是'],
  outside: ['外地', '非本地', 'external', 'elsewhere', '否'],
});

const BOOLEANS = spellings<'true' | 'false'>({
  true: ['是', 'yes', 'y', '1', '√', '✓', '关键'],
  false: ['否', 'no', 'n', '0', '×'],
});

/** How many distinct cells a reader remembers (a file repeats a handful, 企业 or 合作, on every row). */
const REMEMBERED = 256;

/**
 * A reader of spellings: it remembers what each cell read, since lower-casing a Chinese cell costs
 * far more than looking it up (on a 50,000-row file the lower-casing was most of the reading).
 */
const readerOf = <V extends string>(table: ReadonlyMap<string, V>): ((cell: string) => V | undefined) => {
  const read = new Map<string, V | null>();
  return (cell) => {
    let value = read.get(cell);
    if (value === undefined) {
      if (read.size >= REMEMBERED) read.clear();
      value = table.get(cell.toLowerCase()) ?? null;
      read.set(cell, value);
    }
    return value ?? undefined;
  };
};

/** Each reads a trimmed, non-empty cell; undefined when the spelling is unknown. */
export const readNodeType = readerOf(NODE_TYPES);
export const readRelation = readerOf(RELATIONS);
export const readAwardLevel = readerOf(AWARD_LEVELS);
export const readStage = readerOf(STAGES);
export const readLocality = readerOf(LOCALITIES);
const readBooleanSpelling = readerOf(BOOLEANS);
export const readBoolean = (cell: string): boolean | undefined => {
  const value = readBooleanSpelling(cell);
  return value === undefined ? undefined : value === 'true';
};

/** Gephi's edge `Type` column: it sets the direction, not the relation. */
export const readDirection = (cell: string): boolean | undefined => {
  const lower = cell.toLowerCase();
  return lower === 'directed' ? true : lower === 'undirected' ? false : undefined;
};

/** A finite number written plainly (`1`, `-2.5`, `1e3`); `0x10`, `Infinity` or `1,5` are not numbers here. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
export const readNumber = (cell: string): number | undefined => {
  const value = NUMBER.test(cell) ? Number(cell) : NaN;
  if (!Number.isFinite(value)) return undefined;
  // `-0` is written back as `0`: read it as 0 so that export and import agree.
  return value === 0 ? 0 : value;
};
