import type { StateCreator } from 'zustand';
import type { AppState } from './index';
import type { MapPort } from './mapPort';

export interface MapSlice {
  /**
   * The drawn map, once it is mounted. null means "no map yet", and reads the same everywhere: what
   * needs the map is not done (no camera is read or set, no image made), and a user who asked for
   * it is told. The one store field that is not plain data: it is the map itself, never copied.
   */
  map: MapPort | null;
  /** Called by the map as it mounts (itself) and unmounts (null). */
  connectMap: (map: MapPort | null) => void;
  requestFit: () => void;
  /** Selects the node and brings it into view. */
  focusNode: (id: string) => void;
  /** Stops a big map's worker layout. */
  cancelLayout: () => void;
  /** ForceAtlas2 from where the nodes stand (the user's "Refine layout"). */
  refineLayout: () => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set, get) => ({
  map: null,
  connectMap: (map) => set({ map }),
  requestFit: () => get().map?.fit(),
  focusNode: (id) => {
    // The selection first: the map draws it (and lays out an enterprise circle around it) before it focuses.
    set({ selected: id });
    get().map?.focus(id);
  },
  cancelLayout: () => get().map?.cancelLayout(),
  refineLayout: () => get().map?.refineLayout(),
});
