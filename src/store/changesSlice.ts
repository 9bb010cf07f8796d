import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export interface ChangesSlice {
  /**
   * The map marks what the last update changed against the map before it (`previous`): on after an
   * Apply that changed something, kept (and remembered over a reload) until the user turns it off.
   * Never true without a map before.
   */
  showChanges: boolean;
  setShowChanges: (on: boolean) => void;
}

/** The store fields showing or hiding the changes sets: "Changed only" means nothing without them. */
export const changesShown = (state: Pick<AppState, 'previous' | 'filters'>, on: boolean) => {
  const shown = on && state.previous !== null;
  return {
    showChanges: shown,
    filters: shown || !state.filters.changedOnly ? state.filters : { ...state.filters, changedOnly: false },
  };
};

export const createChangesSlice: StateCreator<AppState, [], [], ChangesSlice> = (set) => ({
  showChanges: false,
  setShowChanges: (on) => set((state) => changesShown(state, on)),
});
