/**
 * The story presenter mode offers on uploaded data before the user has written one: the whole map,
 * each chain, then the honoured enterprises, with captions counted from the data. Pure: the words
 * come from the caller (i18n), so every caption exists in zh and en.
 */
import { AWARD_LEVELS, type AwardLevel, type Graph, type GraphNode } from '../graph/types';
import { sectorsOf } from '../graph/indexes';
import { stepDefaults, type LocalisedText, type Step, type Story } from './types';

export const OVERVIEW_STORY_ID = 'data-overview';

/** Chains get a step each up to this many (the largest first); a longer tour loses the room. */
export const OVERVIEW_MAX_CHAINS = 8;
/** Honoured enterprises named in the caption and highlighted on the map. */
export const OVERVIEW_NAMED_HONOURS = 5;

export type OverviewTextKey =
  | 'storyTitle'
  | 'mapTitle'
  | 'mapCaption'
  | 'chainTitle'
  | 'chainCaption'
  | 'honoursTitle'
  | 'honoursCaption';

export type OverviewParams = Readonly<Record<string, string | number | readonly string[]>>;

/** The words of one caption in both languages, from its key and the counts. */
export type OverviewText = (key: OverviewTextKey, params: OverviewParams) => LocalisedText;

const HONOURED: readonly AwardLevel[] = AWARD_LEVELS.filter((level) => level !== 'none');
const isMember = (node: GraphNode): boolean => node.type !== 'chain' && node.type !== 'segment';

interface ChainSummary {
  key: string;
  name: string;
  /** The chain node, when the data has one. */
  nodeId: string | null;
  members: GraphNode[];
  segments: number;
}

/** Every chain the nodes name, in file order (chain nodes first, then sector values without a node). */
const chainsOf = (graph: Graph): ChainSummary[] => {
  const chains = new Map<string, ChainSummary>();
  const summary = (key: string): ChainSummary => {
    let chain = chains.get(key);
    if (!chain) {
      chain = { key, name: key, nodeId: null, members: [], segments: 0 };
      chains.set(key, chain);
    }
    return chain;
  };
  for (const node of graph.nodes) {
    if (node.type !== 'chain') continue;
    Object.assign(summary(node.id), { name: node.name, nodeId: node.id });
  }
  for (const node of graph.nodes) {
    if (node.type === 'chain') continue;
    for (const key of sectorsOf(node)) {
      const chain = summary(key);
      if (node.type === 'segment') chain.segments += 1;
      else chain.members.push(node);
    }
  }
  return [...chains.values()];
};

const honourRank = (node: GraphNode): number => HONOURED.indexOf(node.awardLevel);

export const overviewStory = (graph: Graph, text: OverviewText): Story => {
  const chains = chainsOf(graph);
  const members = graph.nodes.filter(isMember);
  const step = (
    id: string,
    key: 'map' | 'chain' | 'honours',
    params: OverviewParams,
    rest: Partial<Step>,
  ) => ({
    ...stepDefaults(),
    id,
    title: text(`${key}Title`, params),
    caption: text(`${key}Caption`, params),
    ...rest,
  });

  const steps: Step[] = [
    step(
      'map',
      'map',
      {
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        chains: chains.length,
        enterprises: members.filter((node) => node.type === 'enterprise').length,
      },
      {},
    ),
  ];

  const largest = [...chains]
    .filter((chain) => chain.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, OVERVIEW_MAX_CHAINS);
  for (const [index, chain] of chains.filter((candidate) => largest.includes(candidate)).entries()) {
    steps.push(
      step(
        `chain-${index + 1}`,
        'chain',
        {
          chain: chain.name,
          members: chain.members.length,
          local: chain.members.filter((node) => node.locality === 'local').length,
          honoured: chain.members.filter((node) => node.awardLevel !== 'none').length,
          segments: chain.segments,
        },
        { filters: { sectors: [chain.key] }, highlightedNodes: chain.nodeId ? [chain.nodeId] : [] },
      ),
    );
  }

  const honoured = members
    .filter((node) => node.awardLevel !== 'none')
    .sort((a, b) => honourRank(a) - honourRank(b));
  if (honoured.length > 0) {
    const named = honoured.slice(0, OVERVIEW_NAMED_HONOURS);
    const count = (level: AwardLevel) => honoured.filter((node) => node.awardLevel === level).length;
    steps.push(
      step(
        'honours',
        'honours',
        {
          national: count('national'),
          provincial: count('provincial'),
          municipal: count('municipal'),
          names: named.map((node) => node.name),
        },
        {
          filters: { awardLevels: HONOURED.filter((level) => count(level) > 0) },
          highlightedNodes: named.map((node) => node.id),
        },
      ),
    );
  }

  return { version: 1, id: OVERVIEW_STORY_ID, title: text('storyTitle', {}), steps };
};
