/** What a key does in a combobox: kept apart from the component so it is testable without a DOM. */
export interface ComboboxKeyState {
  /** The highlighted option, -1 when there is none. */
  active: number;
  count: number;
  /** The list is shown. */
  expanded: boolean;
  /** The field holds typing that Escape undoes. */
  editing: boolean;
}

export type ComboboxKeyAction =
  | { kind: 'move'; active: number }
  | { kind: 'pick'; index: number }
  | { kind: 'cancel' }
  /** Enter with no list: the field's own action (the search zooms to what it shows). */
  | { kind: 'submit' }
  /** Escape with nothing to cancel: focus leaves the field. */
  | { kind: 'leave' }
  /** The key is not the combobox's: leave it to the page (Esc clears the selection, Enter runs nothing). */
  | { kind: 'none' };

export const comboboxKeyAction = (
  key: string,
  { active, count, expanded, editing }: ComboboxKeyState,
): ComboboxKeyAction => {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (count === 0) return { kind: 'none' };
      // A closed list opens on the option already highlighted, as the APG combobox does.
      if (!expanded) return { kind: 'move', active: Math.max(active, 0) };
      const step = key === 'ArrowDown' ? 1 : -1;
      return { kind: 'move', active: Math.max(0, Math.min(count - 1, active + step)) };
    }
    case 'Enter':
      return expanded && active >= 0 ? { kind: 'pick', index: active } : { kind: 'submit' };
    case 'Escape':
      return expanded || editing ? { kind: 'cancel' } : { kind: 'leave' };
    default:
      return { kind: 'none' };
  }
};
