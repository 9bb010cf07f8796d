/**
 * Seeded synthetic industry-chain datasets (DESIGN.md §4) for the benchmarks and browser tests.
 * A pure function of size and seed: the same arguments always give byte-identical CSV text.
 */
import { seededRandom } from '../../src/domain/analysis/random';
import {
  STAGES,
  type AwardLevel,
  type Locality,
  type NodeType,
  type Relation,
  type Stage,
} from '../../src/domain/graph/types';
import {
  CHAIN_THEMES,
  ENTERPRISE_SUFFIXES,
  GENERAL_TRADES,
  HONOURS,
  LOCAL_PLACES,
  NAME_SYLLABLES,
  OUTSIDE_PLACES,
  PLATFORM_SUFFIXES,
  SEGMENT_WORDS,
  UNIVERSITY_SUFFIXES,
  type ChainTheme,
} from './vocabulary';

export interface DatasetCounts {
  nodes: number;
  edges: number;
}

export const DATASET_SIZES = {
  S: { nodes: 1_000, edges: 3_000 },
  M: { nodes: 10_000, edges: 40_000 },
  L: { nodes: 50_000, edges: 200_000 },
} as const satisfies Record<string, DatasetCounts>;
export type DatasetSize = keyof typeof DATASET_SIZES;

export const DEFAULT_SEED = 20_240_601;

/** Fewer nodes leave the chains with too few members to look like anything. */
export const MIN_NODES = 200;

export interface Dataset {
  nodesCsv: string;
  edgesCsv: string;
}

export const NODE_HEADER = [
  'id',
  'name',
  'type',
  'sector',
  'segment',
  'award_level',
  'awards',
  'locality',
  'key',
] as const;
export const EDGE_HEADER = ['source', 'target', 'relation', 'weight'] as const;

/**
 * `chains`: chain and segment nodes, members tied to them by the segment column or membership
 * edges. `flat`: one list of enterprises, universities and platforms whose 产业链 / 环节 columns
 * hold plain values (chain names, 上游 / 中游 / 下游) naming no node, with Chinese headers and values,
 * as an office keeps it (DESIGN.md §4).
 */
export const DATASET_SHAPES = ['chains', 'flat'] as const;
export type DatasetShape = (typeof DATASET_SHAPES)[number];

/** The flat shape's headers: Chinese aliases of the contract's columns (DESIGN.md §1). */
export const FLAT_NODE_HEADER = [
  '编号',
  '企业名称',
  '类型',
  '产业链',
  '环节',
  '荣誉等级',
  '荣誉',
  '属地',
] as const;
export const FLAT_EDGE_HEADER = ['源', '目标', '关系', '权重'] as const;

const FLAT_TYPES = { enterprise: '企业', university: '高校', platform: '平台' } as const;
const FLAT_STAGES: Readonly<Record<Stage, string>> = {
  upstream: '上游',
  midstream: '中游',
  downstream: '下游',
};
const FLAT_LEVELS: Readonly<Record<AwardLevel, string>> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  // Offices leave the level blank rather than write 无.
  none: '',
};
const FLAT_LOCALITIES: Readonly<Record<Locality, string>> = { local: '本地', outside: '外地' };
const FLAT_RELATIONS: Partial<Record<Relation, string>> = {
  supply: '供应',
  cooperation: '合作',
  research: '产学研',
  investment: '投资',
};
/** How a flat list separates a node's chains. */
const FLAT_LIST_SEPARATOR = '、';

const ID_PREFIXES = { enterprise: 'ent', university: 'uni', platform: 'plat' } as const;

// Shares of nodes: institutions ~5%, honours 1/5/10%, 15% located elsewhere.
const UNIVERSITY_SHARE = 0.02;
const PLATFORM_SHARE = 0.03;
const AWARD_SHARES: readonly [Exclude<AwardLevel, 'none'>, number][] = [
  ['national', 0.01],
  ['provincial', 0.05],
  ['municipal', 0.1],
];
const SECOND_HONOUR_SHARE = 0.3;
const OUTSIDE_SHARE = 0.15;
const UNCHAINED_ENTERPRISE_SHARE = 0.07;
const CHAINED_UNIVERSITY_SHARE = 0.3;
const CHAINED_PLATFORM_SHARE = 0.6;
const SECOND_CHAIN_SHARE = 0.1;
const CHAIN_ONLY_SHARE = 0.25;
const KEY_SEGMENT_SHARE = 0.25;
/** Gap segments (缺链) get only outside enterprises, so the map has something to show as missing. */
const GAP_SEGMENT_SHARE = 0.1;
/** Of the enterprises placed in a segment, this many say so by a membership edge instead of the segment column. */
const MEMBERSHIP_EDGE_SHARE = 0.2;
/** Cumulative shares of the relations between enterprises and institutions; supply takes the rest. */
const COOPERATION_UPTO = 0.16;
const RESEARCH_UPTO = 0.26;
const INVESTMENT_UPTO = 0.32;
const SAME_CHAIN_SUPPLY = 0.8;
const SAME_CHAIN_COOPERATION = 0.5;
/** Rejected draws (self-loops, repeated pairs) allowed per edge before the counts are taken as too dense. */
const MAX_TRIES_PER_EDGE = 50;

interface SyntheticNode {
  /** Place in the node list, which gives linked pairs a numeric key. */
  position: number;
  id: string;
  name: string;
  type: NodeType;
  /** The first is the one its segment belongs to. */
  chains: Chain[];
  /** The segment column: a stage for segment nodes, a segment node id for members; '' when none. */
  segment: string;
  /** 0 upstream … 2 downstream, -1 when unknown: supply flows from lower to higher. */
  stageRank: number;
  awardLevel: AwardLevel;
  awards: string[];
  locality: Locality;
  key: '' | 'true' | 'false';
}

interface Chain {
  node: SyntheticNode;
  theme: ChainTheme;
  segments: SyntheticNode[];
  /** Its enterprises, once more each time one gains an edge (preferential attachment). */
  tickets: SyntheticNode[];
  /** A few big chains, many small ones: the share of members it draws. */
  weight: number;
}

interface SyntheticEdge {
  source: SyntheticNode;
  target: SyntheticNode;
  relation: Relation;
  weight: string;
}

/** 8 chains at 1k nodes rising to 20 at 50k, on a log scale. */
const chainCountFor = (nodes: number): number =>
  Math.min(
    CHAIN_THEMES.length,
    Math.max(8, 8 + Math.round((12 * Math.log10(nodes / 1_000)) / Math.log10(50))),
  );

const padded = (value: number, width: number): string => String(value).padStart(width, '0');

/** RFC 4180: quote a field holding a delimiter, quote or line break, doubling its quotes. */
const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
const csvText = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map(csvField).join(',') + '\n').join('');

class DatasetBuilder {
  readonly nodes: SyntheticNode[] = [];
  readonly edges: SyntheticEdge[] = [];
  readonly #chains: Chain[] = [];
  readonly #random: () => number;
  readonly #edgeBudget: number;
  /** The flat shape keeps chains and segments as values: no membership edges to them. */
  readonly #flat: boolean;
  readonly #usedNames = new Set<string>();
  readonly #gapSegments = new Set<SyntheticNode>();
  /** Enterprises and institutions, repeated once per edge they gain. */
  readonly #enterpriseTickets: SyntheticNode[] = [];
  readonly #institutionTickets: SyntheticNode[] = [];
  /** Unordered node pairs already linked, as lower position * node count + higher. */
  readonly #linkedPairs = new Set<number>();

  constructor(seed: number, edgeBudget: number, flat: boolean) {
    this.#random = seededRandom(seed);
    this.#edgeBudget = edgeBudget;
    this.#flat = flat;
  }

  addChains(count: number): void {
    for (const [c, theme] of CHAIN_THEMES.slice(0, count).entries()) {
      const node = this.#addNode({
        id: `chain-${padded(c + 1, 2)}`,
        name: `${theme.name}产业链`,
        type: 'chain',
        chains: [],
        locality: 'local',
      });
      const chain: Chain = { node, theme, segments: [], tickets: [], weight: 1 / (c + 1) ** 0.7 };
      // A chain node lists itself as its sector, as the bundled map does.
      node.chains.push(chain);
      this.#chains.push(chain);
    }
    for (const [c, chain] of this.#chains.entries()) this.#addSegments(c + 1, chain);
  }

  addMembers(count: number): void {
    const serials = { enterprise: 0, university: 0, platform: 0 };
    const width = String(count).length;
    for (let i = 0; i < count; i++) {
      const draw = this.#random();
      const type =
        draw < UNIVERSITY_SHARE
          ? 'university'
          : draw < UNIVERSITY_SHARE + PLATFORM_SHARE
            ? 'platform'
            : 'enterprise';
      const id = `${ID_PREFIXES[type]}-${padded(++serials[type], width)}`;
      if (type === 'enterprise') this.#addEnterprise(id);
      else this.#addInstitution(id, type);
    }
  }

  addRelations(): void {
    const maxTries = MAX_TRIES_PER_EDGE * this.#edgeBudget;
    for (let tries = 0; this.edges.length < this.#edgeBudget; tries++) {
      if (tries > maxTries)
        throw new RangeError(`${this.#edgeBudget} edges do not fit ${this.nodes.length} nodes`);
      this.#drawRelation();
    }
  }

  #addNode(
    node: Pick<SyntheticNode, 'id' | 'name' | 'type' | 'chains' | 'locality'> & Partial<SyntheticNode>,
  ): SyntheticNode {
    const added = {
      position: this.nodes.length,
      segment: '',
      stageRank: -1,
      awardLevel: 'none' as const,
      awards: [],
      key: '' as const,
      ...node,
    };
    this.nodes.push(added);
    return added;
  }

  #addSegments(chainNumber: number, chain: Chain): void {
    const count = 3 + Math.floor(this.#random() * 4);
    for (const [stageRank, stage] of STAGES.entries()) {
      // Spread the segments over the stages in order, at least one each, so every chain runs upstream to downstream.
      const stageEnd = Math.round(((stageRank + 1) * count) / STAGES.length);
      while (chain.segments.length < stageEnd) {
        const segment = this.#addNode({
          id: `seg-${padded(chainNumber, 2)}-${chain.segments.length + 1}`,
          name: this.#uniqueName(() => `${chain.theme.name}·${this.#pick(SEGMENT_WORDS[stage])}`),
          type: 'segment',
          chains: [chain],
          segment: stage,
          stageRank,
          locality: 'local',
          key: this.#chance(KEY_SEGMENT_SHARE) ? 'true' : 'false',
        });
        chain.segments.push(segment);
        if (this.#chance(GAP_SEGMENT_SHARE)) this.#gapSegments.add(segment);
        this.#addMembership(segment, chain.node);
      }
    }
  }

  #addEnterprise(id: string): void {
    const chains = this.#chance(UNCHAINED_ENTERPRISE_SHARE) ? [] : this.#drawChains();
    const locality: Locality = this.#chance(OUTSIDE_SHARE) ? 'outside' : 'local';
    const primary = chains[0];
    const drawnSegment =
      primary && !this.#chance(CHAIN_ONLY_SHARE) ? this.#pick(primary.segments) : undefined;
    // A local enterprise drawn into a gap stays in the chain without a segment, keeping the gap empty locally.
    const segment =
      drawnSegment && locality === 'local' && this.#gapSegments.has(drawnSegment) ? undefined : drawnSegment;
    const viaMembershipEdge = segment !== undefined && this.#chance(MEMBERSHIP_EDGE_SHARE);
    const trade = primary ? primary.theme.trade : this.#pick(GENERAL_TRADES);
    const [awardLevel, awards] = this.#drawHonours();
    const enterprise = this.#addNode({
      id,
      name: this.#uniqueName(
        () => this.#place(locality) + this.#brand() + trade + this.#pick(ENTERPRISE_SUFFIXES),
      ),
      type: 'enterprise',
      chains,
      segment: segment === undefined || viaMembershipEdge ? '' : segment.id,
      stageRank: segment?.stageRank ?? -1,
      awardLevel,
      awards,
      locality,
    });
    if (segment && viaMembershipEdge) this.#addMembership(enterprise, segment);
    this.#enterpriseTickets.push(enterprise);
    for (const chain of chains) chain.tickets.push(enterprise);
  }

  #addInstitution(id: string, type: 'university' | 'platform'): void {
    const chains = this.#chance(type === 'university' ? CHAINED_UNIVERSITY_SHARE : CHAINED_PLATFORM_SHARE)
      ? [this.#drawChain()]
      : [];
    const field = chains[0]?.theme.name ?? '';
    const locality: Locality = this.#chance(OUTSIDE_SHARE) ? 'outside' : 'local';
    const suffixes = type === 'university' ? UNIVERSITY_SUFFIXES : PLATFORM_SUFFIXES;
    const name = this.#uniqueName(() => this.#place(locality) + this.#brand() + field + this.#pick(suffixes));
    this.#institutionTickets.push(this.#addNode({ id, name, type, chains, locality }));
  }

  #addMembership(member: SyntheticNode, group: SyntheticNode): void {
    if (!this.#flat && this.edges.length < this.#edgeBudget)
      this.edges.push({ source: member, target: group, relation: 'membership', weight: '' });
  }

  /** One edge between enterprises (or an institution and an enterprise), ends drawn in proportion to degree + 1. */
  #drawRelation(): void {
    const draw = this.#random();
    const source = this.#pick(this.#enterpriseTickets);
    if (draw < COOPERATION_UPTO)
      this.#link(source, this.#partnerOf(source, SAME_CHAIN_COOPERATION), 'cooperation');
    else if (draw < RESEARCH_UPTO && this.#institutionTickets.length > 0) {
      const institution = this.#pick(this.#institutionTickets);
      this.#link(institution, this.#partnerOf(institution, 1), 'research');
    } else if (draw < INVESTMENT_UPTO) this.#link(source, this.#pick(this.#enterpriseTickets), 'investment');
    else {
      const target = this.#partnerOf(source, SAME_CHAIN_SUPPLY);
      const downstreamFirst = target.stageRank >= 0 && source.stageRank > target.stageRank;
      this.#link(downstreamFirst ? target : source, downstreamFirst ? source : target, 'supply');
    }
  }

  /** An enterprise, from one of the node's chains with probability `sameChainShare` when it has any. */
  #partnerOf(node: SyntheticNode, sameChainShare: number): SyntheticNode {
    const pool =
      node.chains.length > 0 && this.#chance(sameChainShare) ? this.#pick(node.chains).tickets : [];
    return this.#pick(pool.length > 0 ? pool : this.#enterpriseTickets);
  }

  #link(source: SyntheticNode, target: SyntheticNode, relation: Relation): void {
    const [lower, higher] = source.position < target.position ? [source, target] : [target, source];
    const pair = lower.position * this.nodes.length + higher.position;
    if (source === target || this.#linkedPairs.has(pair)) return;
    this.#linkedPairs.add(pair);
    // Mostly light ties, a few heavy ones.
    const weight = String(1 + Math.floor(10 * this.#random() ** 3));
    this.edges.push({ source, target, relation, weight });
    for (const end of [source, target]) {
      if (end.type !== 'enterprise') this.#institutionTickets.push(end);
      else {
        this.#enterpriseTickets.push(end);
        for (const chain of end.chains) chain.tickets.push(end);
      }
    }
  }

  #drawChains(): Chain[] {
    const primary = this.#drawChain();
    const secondary = this.#chance(SECOND_CHAIN_SHARE) ? this.#drawChain() : primary;
    return secondary === primary ? [primary] : [primary, secondary];
  }

  #drawChain(): Chain {
    let draw = this.#random() * this.#chains.reduce((sum, chain) => sum + chain.weight, 0);
    const drawn = this.#chains.find((chain) => (draw -= chain.weight) < 0);
    // Rounding can leave the draw a hair past the last weight.
    return drawn ?? this.#pick(this.#chains);
  }

  #drawHonours(): [AwardLevel, string[]] {
    let draw = this.#random();
    for (const [level, share] of AWARD_SHARES) {
      if (draw < share) {
        const honours = [this.#pick(HONOURS[level])];
        if (this.#chance(SECOND_HONOUR_SHARE)) honours.push(this.#pick(HONOURS[level]));
        return [level, [...new Set(honours)]];
      }
      draw -= share;
    }
    return ['none', []];
  }

  /** Draws until the name is new; a crowded vocabulary falls back to a numbered branch. */
  #uniqueName(draw: () => string): string {
    let name = draw();
    for (let attempt = 0; this.#usedNames.has(name) && attempt < 8; attempt++) name = draw();
    const base = name;
    for (let branch = 2; this.#usedNames.has(name); branch++) name = `${base}（${branch}）`;
    this.#usedNames.add(name);
    return name;
  }

  #place(locality: Locality): string {
    return this.#pick(locality === 'local' ? LOCAL_PLACES : OUTSIDE_PLACES);
  }

  /** The distinctive part of a firm's name (字号). */
  #brand(): string {
    return this.#pick(NAME_SYLLABLES) + this.#pick(NAME_SYLLABLES);
  }

  #chance(share: number): boolean {
    return this.#random() < share;
  }

  #pick<T>(list: readonly T[]): T {
    const picked = list[Math.floor(this.#random() * list.length)];
    if (picked === undefined) throw new RangeError('nothing to pick from');
    return picked;
  }
}

const chainsRows = ({ nodes, edges }: DatasetBuilder): Dataset => {
  const nodeRows = nodes.map((node) => [
    node.id,
    node.name,
    node.type,
    node.chains.map((chain) => chain.node.id).join(';'),
    node.segment,
    node.awardLevel,
    node.awards.join(';'),
    node.locality,
    node.key,
  ]);
  const edgeRows = edges.map((edge) => [edge.source.id, edge.target.id, edge.relation, edge.weight]);
  return { nodesCsv: csvText([NODE_HEADER, ...nodeRows]), edgesCsv: csvText([EDGE_HEADER, ...edgeRows]) };
};

/** The same members and ties, with the chain and segment nodes left out and named by value instead. */
const flatRows = ({ nodes, edges }: DatasetBuilder): Dataset => {
  const nodeRows = nodes.flatMap((node) =>
    node.type === 'chain' || node.type === 'segment'
      ? []
      : [
          [
            node.id,
            node.name,
            FLAT_TYPES[node.type],
            node.chains.map((chain) => chain.node.name).join(FLAT_LIST_SEPARATOR),
            node.stageRank < 0 ? '' : FLAT_STAGES[STAGES[node.stageRank] ?? 'upstream'],
            FLAT_LEVELS[node.awardLevel],
            node.awards.join(FLAT_LIST_SEPARATOR),
            FLAT_LOCALITIES[node.locality],
          ],
        ],
  );
  const edgeRows = edges.map((edge) => [
    edge.source.id,
    edge.target.id,
    FLAT_RELATIONS[edge.relation] ?? edge.relation,
    edge.weight,
  ]);
  return {
    nodesCsv: csvText([FLAT_NODE_HEADER, ...nodeRows]),
    edgesCsv: csvText([FLAT_EDGE_HEADER, ...edgeRows]),
  };
};

/**
 * nodes.csv and edges.csv (DESIGN.md §1) with exactly the requested counts: chains with 3–6
 * segments each, enterprises, universities and platforms placed in them, and edges whose degrees
 * follow a power law; in the `flat` shape the chains and segments are column values, not rows.
 * Throws a RangeError for fewer than MIN_NODES nodes or more edges than fit.
 */
export function generateDataset(
  size: DatasetSize | DatasetCounts,
  seed: number = DEFAULT_SEED,
  shape: DatasetShape = 'chains',
): Dataset {
  const counts = typeof size === 'string' ? DATASET_SIZES[size] : size;
  if (!Number.isInteger(counts.nodes) || counts.nodes < MIN_NODES)
    throw new RangeError(`nodes must be an integer ≥ ${MIN_NODES}`);
  if (!Number.isInteger(counts.edges) || counts.edges < 0)
    throw new RangeError('edges must be a non-negative integer');

  const flat = shape === 'flat';
  const builder = new DatasetBuilder(seed, counts.edges, flat);
  builder.addChains(chainCountFor(counts.nodes));
  // The flat shape writes no chain or segment rows: every requested node is a member.
  builder.addMembers(counts.nodes - (flat ? 0 : builder.nodes.length));
  builder.addRelations();
  return flat ? flatRows(builder) : chainsRows(builder);
}
