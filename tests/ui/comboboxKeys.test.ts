import { describe, expect, it } from 'vitest';
import { comboboxKeyAction, type ComboboxKeyState } from '../../src/ui/comboboxKeys';

const open: ComboboxKeyState = { active: 1, count: 3, expanded: true, editing: true };

describe('comboboxKeyAction', () => {
  it('moves the highlight with the arrow keys and stops at either end', () => {
    expect(comboboxKeyAction('ArrowDown', open)).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKeyAction('ArrowUp', open)).toEqual({ kind: 'move', active: 0 });
    expect(comboboxKeyAction('ArrowDown', { ...open, active: 2 })).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKeyAction('ArrowUp', { ...open, active: 0 })).toEqual({ kind: 'move', active: 0 });
  });

  it('opens a closed list on the highlighted option, and leaves the arrows alone without options', () => {
    expect(comboboxKeyAction('ArrowDown', { ...open, expanded: false })).toEqual({ kind: 'move', active: 1 });
    expect(comboboxKeyAction('ArrowDown', { active: -1, count: 0, expanded: false, editing: true })).toEqual({
      kind: 'none',
    });
  });

  it('picks the highlighted option on Enter while the list is shown, and submits the field otherwise', () => {
    expect(comboboxKeyAction('Enter', open)).toEqual({ kind: 'pick', index: 1 });
    expect(comboboxKeyAction('Enter', { ...open, expanded: false })).toEqual({ kind: 'submit' });
  });

  it('takes Escape while there is a list or typing to cancel, and leaves the field otherwise', () => {
    expect(comboboxKeyAction('Escape', open)).toEqual({ kind: 'cancel' });
    expect(comboboxKeyAction('Escape', { ...open, expanded: false })).toEqual({ kind: 'cancel' });
    expect(comboboxKeyAction('Escape', { ...open, editing: false })).toEqual({ kind: 'cancel' });
    expect(comboboxKeyAction('Escape', { ...open, expanded: false, editing: false })).toEqual({
      kind: 'leave',
    });
  });

  it('ignores other keys', () => {
    expect(comboboxKeyAction('a', open)).toEqual({ kind: 'none' });
    expect(comboboxKeyAction('Tab', open)).toEqual({ kind: 'none' });
  });
});
