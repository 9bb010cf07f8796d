import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/**
 * What a panel asks the map to show on top of the data: a path, a step's highlights, sizes by a
 * metric, colours by community. Lists of pairs rather than records, so node ids such as
 * `__proto__` stay plain data.
 */
export interface MapDecorations {
  /** The panel that set them; only it clears them. */
  owner: 'analysis' | 'presenter';
  highlightNodes: string[];
  highlightEdges: string[];
  /** Fade everything that is not highlighted. */
  fadeOthers: boolean;
  /** Size factor per node (1 = as the legend says), e.g. by PageRank. */
  nodeScale?: [string, number][];
  /** Fill colour per node, e.g. by community. */
  nodeColor?: [string, string][];
}

export interface DecorationsSlice {
  decorations: MapDecorations | null;
  setDecorations: (decorations: MapDecorations) => void;
  clearDecorations: (owner: MapDecorations['owner']) => void;
}

export const createDecorationsSlice: StateCreator<AppState, [], [], DecorationsSlice> = (set, get) => ({
  decorations: null,
  setDecorations: (decorations) => set({ decorations }),
  clearDecorations: (owner) => {
    if (get().decorations?.owner === owner) set({ decorations: null });
  },
});
