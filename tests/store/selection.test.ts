import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store';

const picked = () => {
  const { selected, tie } = useAppStore.getState();
  return { selected, tie };
};

describe('a node or a tie picked', () => {
  beforeEach(() => useAppStore.setState({ selected: null, tie: null }));

  it('a tie picked on the map takes the place of the selected node, and a node picked takes the tie’s', () => {
    useAppStore.getState().select('ent-a');
    useAppStore.getState().selectTie('ent-a->ent-b#supply');
    expect(picked()).toEqual({ selected: null, tie: 'ent-a->ent-b#supply' });
    useAppStore.getState().select('ent-b');
    expect(picked()).toEqual({ selected: 'ent-b', tie: null });
  });

  it('clearing the selection (a tap on the ground, Esc) clears a tie too', () => {
    useAppStore.getState().selectTie('ent-a->ent-b#supply');
    useAppStore.getState().select(null);
    expect(picked()).toEqual({ selected: null, tie: null });
  });
});
