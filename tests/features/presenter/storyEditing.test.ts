import { beforeEach, describe, expect, it } from 'vitest';
import { defaultFilters } from '../../../src/domain/filters';
import { parseStory, storyToJson, xuejiaTour, type Story } from '../../../src/domain/story';
import {
  copyOfStory,
  freeStoryId,
  localised,
  newStory,
  withCapturedStep,
} from '../../../src/features/presenter/storyEditing';
import { storiesDatasetKey } from '../../../src/features/presenter/storyDataset';
import { useAppStore } from '../../../src/store';
import { makeGraph, makeNode } from '../../domain/helpers';

const empty = (id: string): Story => ({ version: 1, id, title: { zh: id, en: id }, steps: [] });
const text = (en: string, zh = '') => ({ en, zh });

describe('story ids', () => {
  it('keeps a free id and numbers a taken one, the built-in tour counting as taken', () => {
    expect(freeStoryId([], 'trip')).toBe('trip');
    expect(freeStoryId([empty('trip'), empty('trip-2')], 'trip')).toBe('trip-3');
    expect(freeStoryId([], xuejiaTour.id)).toBe(`${xuejiaTour.id}-2`);
  });

  it('makes a new story and an editable copy in both languages', () => {
    expect(newStory([empty('story')])).toMatchObject({
      id: 'story-2',
      title: { en: 'Story 2', zh: '故事 2' },
      steps: [],
    });
    const copy = copyOfStory(xuejiaTour, []);
    expect(copy.id).toBe(`${xuejiaTour.id}-copy`);
    expect(copy.title.en).toBe(`${xuejiaTour.title.en} (copy)`);
    expect(copy.steps).toBe(xuejiaTour.steps);
  });
});

describe('withCapturedStep', () => {
  beforeEach(() => {
    useAppStore.getState().setBundled(makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'b' })]));
    useAppStore.setState({
      filters: { ...defaultFilters, sectors: ['chain-x'] },
      layout: 'circle',
      depth: 2,
      selected: 'a',
      decorations: { owner: 'analysis', highlightNodes: ['b'], highlightEdges: [], fadeOthers: true },
    });
  });

  it('captures filters that differ from the defaults, layout, focus, depth and what a panel highlights', () => {
    const story = withCapturedStep(empty('s'), text('Title', '标题'), text('Caption'), true);
    expect(story.steps).toEqual([
      {
        id: 'step-1',
        title: text('Title', '标题'),
        caption: text('Caption'),
        filters: { sectors: ['chain-x'] },
        layout: 'circle',
        focus: 'a',
        depth: 2,
        highlightedNodes: ['b'],
        highlightedEdges: [],
        // No map here: nothing to keep, so the step fits what it shows.
        camera: null,
      },
    ]);
    expect(parseStory(storyToJson(story)).problems).toEqual([]);
  });

  it('names an untitled step by its number in both languages', () => {
    const story = withCapturedStep(empty('s'), text(' '), text(''), false);
    expect(story.steps[0]?.title).toEqual({ en: 'Step 1', zh: '第 1 步' });
  });
});

describe('localised', () => {
  it('uses the UI language, or the other one when that is all there is', () => {
    expect(localised({ zh: '中', en: 'En' }, 'zh')).toEqual({ text: '中', lang: 'zh' });
    expect(localised({ zh: '中', en: '' }, 'en')).toEqual({ text: '中', lang: 'zh' });
    expect(localised({ zh: '', en: '' }, 'en')).toEqual({ text: '', lang: 'en' });
  });
});

describe('storiesDatasetKey', () => {
  it('names the bundled map, and uploads by their file names in any order', () => {
    expect(storiesDatasetKey({ kind: 'bundled' })).toBe('bundled');
    expect(storiesDatasetKey({ kind: 'upload', files: ['nodes.csv', 'edges.csv'], time: 1 })).toBe(
      storiesDatasetKey({ kind: 'upload', files: ['edges.csv', 'nodes.csv'], time: 2 }),
    );
  });
});
