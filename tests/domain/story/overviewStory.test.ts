import { describe, expect, it } from 'vitest';
import {
  OVERVIEW_MAX_CHAINS,
  OVERVIEW_STORY_ID,
  overviewStory,
  parseStory,
  resolveStep,
  storyToJson,
  type OverviewText,
} from '../../../src/domain/story';
import { makeEdge, makeGraph, makeNode } from '../helpers';

/** Words that show their key and counts, so the test sees what each caption was given. */
const echo: OverviewText = (key, params) => ({
  zh: `${key} ${JSON.stringify(params)}`,
  en: `${key}:${Object.keys(params).join(',')}`,
});
const paramsOf = (text: string) => JSON.parse(text.slice(text.indexOf(' ') + 1)) as Record<string, unknown>;

const graph = makeGraph(
  [
    makeNode({ id: 'c-battery', name: '动力电池', type: 'chain' }),
    makeNode({ id: 'c-storage', name: '储能', type: 'chain' }),
    makeNode({ id: 'seg-cell', name: '电芯制造', type: 'segment', sectors: ['c-battery'] }),
    makeNode({ id: 'e1', name: '甲电芯', sectors: ['c-battery'], awardLevel: 'provincial' }),
    makeNode({ id: 'e2', name: '乙材料', sectors: ['c-battery'], locality: 'outside' }),
    makeNode({ id: 'e3', name: '丙储能', sectors: ['c-storage', 'c-battery'], awardLevel: 'national' }),
    makeNode({ id: 'e4', name: '丁回收', sectors: ['回收'] }),
    makeNode({ id: 'u1', name: '某大学', type: 'university', awardLevel: 'municipal' }),
  ],
  [makeEdge({ source: 'e2', target: 'e1', relation: 'supply' })],
);

describe('overviewStory', () => {
  const story = overviewStory(graph, echo);

  it('is a valid story that survives export and import', () => {
    expect(story.id).toBe(OVERVIEW_STORY_ID);
    expect(parseStory(storyToJson(story))).toEqual({ story, problems: [] });
  });

  it('opens on the whole map, counted', () => {
    const [first] = story.steps;
    expect(first).toMatchObject({ id: 'map', filters: {}, layout: 'overview', focus: null });
    expect(paramsOf(first?.caption.zh ?? '')).toEqual({ nodes: 8, edges: 1, chains: 3, enterprises: 4 });
  });

  it('gives each chain with members a step filtered to it, in file order, stray sector values included', () => {
    const chainSteps = story.steps.filter((step) => step.id.startsWith('chain-'));
    expect(chainSteps.map((step) => step.filters.sectors)).toEqual([['c-battery'], ['c-storage'], ['回收']]);
    expect(chainSteps.map((step) => step.highlightedNodes)).toEqual([['c-battery'], ['c-storage'], []]);
    expect(paramsOf(chainSteps[0]?.caption.zh ?? '')).toEqual({
      chain: '动力电池',
      members: 3,
      local: 2,
      honoured: 2,
      segments: 1,
    });
    expect(paramsOf(chainSteps[2]?.title.zh ?? '')).toMatchObject({ chain: '回收', members: 1 });
  });

  it('ends on the honoured, national first, filtered to the levels present', () => {
    const last = story.steps.at(-1);
    expect(last?.id).toBe('honours');
    expect(last?.filters).toEqual({ awardLevels: ['national', 'provincial', 'municipal'] });
    expect(last?.highlightedNodes).toEqual(['e3', 'e1', 'u1']);
    expect(paramsOf(last?.caption.zh ?? '')).toEqual({
      national: 1,
      provincial: 1,
      municipal: 1,
      names: ['丙储能', '甲电芯', '某大学'],
    });
  });

  it('names nothing the data lacks', () => {
    for (const step of story.steps)
      expect(resolveStep(step, graph).missing).toEqual({ nodes: [], edges: [] });
  });

  it('has no honours step without honours, and keeps only the largest chains when there are many', () => {
    const many = makeGraph(
      Array.from({ length: OVERVIEW_MAX_CHAINS + 3 }, (_, chain) =>
        Array.from({ length: chain + 1 }, (_, member) =>
          makeNode({ id: `n${chain}-${member}`, sectors: [`k${chain}`] }),
        ),
      ).flat(),
      [],
    );
    const steps = overviewStory(many, echo).steps;
    expect(steps.map((step) => step.id)).not.toContain('honours');
    const shown = steps.flatMap((step) => step.filters.sectors ?? []);
    expect(shown).toHaveLength(OVERVIEW_MAX_CHAINS);
    expect(shown).not.toContain('k0');
    expect(shown).toContain(`k${OVERVIEW_MAX_CHAINS + 2}`);
  });
});
