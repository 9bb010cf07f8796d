import { beforeEach, describe, expect, it } from 'vitest';
import { defaultFilters } from '../../../src/domain/filters';
import { OVERVIEW_STORY_ID, xuejiaTour, type Story } from '../../../src/domain/story';
import { useAppStore, type Origin } from '../../../src/store';
import { builtInStoriesOf, hasStepsToPresent, presentedStory } from '../../../src/store/presenterSlice';
import { makeGraph, makeNode } from '../../domain/helpers';

const graph = makeGraph([makeNode({ id: 'a' }), makeNode({ id: 'b' })]);
const mine: Story = {
  version: 1,
  id: 'mine',
  title: { zh: '我的', en: 'Mine' },
  steps: [xuejiaTour.steps[0], xuejiaTour.steps[1]].flatMap((step) => (step ? [step] : [])),
};

describe('presenter slice', () => {
  beforeEach(() => {
    useAppStore.setState({
      presenting: false,
      storyId: null,
      stepIndex: 0,
      savedView: null,
      stories: [],
      decorations: null,
      legendHighlight: null,
    });
    useAppStore.getState().setBundled(graph);
    useAppStore.setState({
      filters: { ...defaultFilters, types: ['university'] },
      layout: 'lanes',
      depth: 2,
      selected: 'a',
    });
  });

  it('presents the built-in tour on the bundled map, the first own story on uploaded data, the chosen one when it exists', () => {
    const state = useAppStore.getState();
    expect(presentedStory({ ...state, stories: [mine] })).toBe(xuejiaTour);
    const upload: Origin = { kind: 'upload', files: ['n.csv'], time: 0 };
    expect(presentedStory({ ...state, stories: [mine], origin: upload })).toBe(mine);
    expect(presentedStory({ ...state, stories: [mine], storyId: 'mine' })).toBe(mine);
    expect(presentedStory({ ...state, stories: [], storyId: 'deleted' })).toBe(xuejiaTour);
  });

  it('never plays the tour of Xuejia on uploaded data: the data overview instead, in both languages', () => {
    const state = useAppStore.getState();
    const upload: Origin = { kind: 'upload', files: ['n.csv'], time: 0 };
    const overview = presentedStory({ ...state, stories: [], origin: upload });
    expect(overview.id).toBe(OVERVIEW_STORY_ID);
    expect(presentedStory({ ...state, stories: [], origin: upload, storyId: xuejiaTour.id })).toBe(overview);
    expect(builtInStoriesOf({ ...state, origin: upload })).toEqual([overview]);
    expect(builtInStoriesOf(state)).toEqual([xuejiaTour]);
    expect(overview.steps[0]?.caption).toEqual({
      zh: '共 2 个节点、0 条关联；0 条产业链，2 家企业。',
      en: '2 nodes and 0 ties: 2 enterprises in 0 chains.',
    });
    // The same graph gives the same story object, so selectors that ask on every change stay cheap.
    expect(presentedStory({ ...state, stories: [], origin: upload })).toBe(overview);
  });

  it('knows whether there are steps to present as the presented story has them, on every origin and choice', () => {
    const state = useAppStore.getState();
    const upload: Origin = { kind: 'upload', files: ['n.csv'], time: 0 };
    const empty: Story = { ...mine, id: 'empty', steps: [] };
    const cases = [
      { ...state },
      { ...state, origin: upload },
      { ...state, origin: upload, stories: [empty] },
      { ...state, origin: upload, stories: [empty, mine], storyId: 'mine' },
      { ...state, origin: upload, stories: [mine, empty], storyId: 'empty' },
      { ...state, origin: upload, stories: [empty], storyId: OVERVIEW_STORY_ID },
      { ...state, origin: upload, stories: [empty], storyId: 'deleted' },
    ];
    const answers = cases.map(hasStepsToPresent);
    expect(answers).toEqual(cases.map((candidate) => presentedStory(candidate).steps.length > 0));
    expect(answers).toEqual([true, true, false, true, false, true, false]);
    expect(hasStepsToPresent({ ...state, origin: upload, graph: makeGraph([]) })).toBe(false);
  });

  it('saves the view on entry, moves within the story, and puts the view back exactly on exit', () => {
    const before = useAppStore.getState();
    before.startPresenting();
    const presenting = useAppStore.getState();
    expect(presenting.presenting).toBe(true);
    expect(presenting.storyId).toBe(xuejiaTour.id);
    expect(presenting.savedView).toMatchObject({
      filters: before.filters,
      layout: 'lanes',
      depth: 2,
      selected: 'a',
      camera: null,
    });

    presenting.showPresentedView({
      filters: defaultFilters,
      layout: 'circle',
      depth: 1,
      selected: 'b',
      legendHighlight: null,
      decorations: null,
    });
    presenting.goToStep(99);
    expect(useAppStore.getState().stepIndex).toBe(xuejiaTour.steps.length - 1);
    useAppStore.getState().nextStep();
    expect(useAppStore.getState().stepIndex).toBe(xuejiaTour.steps.length - 1);
    useAppStore.getState().goToStep(0);
    useAppStore.getState().previousStep();
    expect(useAppStore.getState().stepIndex).toBe(0);

    useAppStore.getState().stopPresenting();
    const after = useAppStore.getState();
    expect(after.presenting).toBe(false);
    expect(after.savedView).toBeNull();
    expect(after.filters).toBe(before.filters);
    expect([after.layout, after.depth, after.selected]).toEqual(['lanes', 2, 'a']);
    expect('camera' in after).toBe(false);
  });

  it('does not start on an empty map or with a story without steps', () => {
    useAppStore.setState({ stories: [{ ...mine, steps: [] }], storyId: 'mine' });
    useAppStore.getState().startPresenting();
    expect(useAppStore.getState().presenting).toBe(false);
    useAppStore.setState({ storyId: null, graph: makeGraph([]) });
    useAppStore.getState().startPresenting();
    expect(useAppStore.getState().presenting).toBe(false);
  });

  it('moves only while presenting', () => {
    useAppStore.getState().goToStep(3);
    expect(useAppStore.getState().stepIndex).toBe(0);
  });

  it('adds a story, replaces it by id, and removes it', () => {
    const { putStory } = useAppStore.getState();
    putStory(mine);
    putStory({ ...mine, title: { zh: '新', en: 'New' } });
    expect(useAppStore.getState().stories.map((story) => story.title.en)).toEqual(['New']);
    useAppStore.getState().removeStory('mine');
    expect(useAppStore.getState().stories).toEqual([]);
  });
});
