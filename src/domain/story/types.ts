/** Presenter mode's model: a story is an ordered list of saved views (steps). Plain serialisable data. */
import type { Filters } from '../filters/filters';
import type { Camera } from '../layout/camera';
import type { Depth } from '../layout/depth';
import type { LayoutName } from '../layout/registry';

export type { Camera };

export const STORY_VERSION = 1;

export interface LocalisedText {
  zh: string;
  en: string;
}

/** Only the filter fields a step sets; the rest take their defaults when the step is shown. */
export type StepFilters = Partial<Filters>;

export interface Step {
  /** Unique within its story. */
  id: string;
  title: LocalisedText;
  caption: LocalisedText;
  filters: StepFilters;
  layout: LayoutName;
  /** The node the enterprise circle (and the details panel) centres on. */
  focus: string | null;
  depth: Depth;
  highlightedNodes: string[];
  highlightedEdges: string[];
  /** Null: fit the visible elements, so the step works whatever the screen size. */
  camera: Camera | null;
}

export interface Story {
  version: typeof STORY_VERSION;
  id: string;
  title: LocalisedText;
  steps: Step[];
}

/** What a step shows when it states nothing but its text: the overview, unfiltered, fitted. Fresh arrays each call. */
export const stepDefaults = (): Omit<Step, 'id' | 'title' | 'caption'> => ({
  filters: {},
  layout: 'overview',
  focus: null,
  depth: 1,
  highlightedNodes: [],
  highlightedEdges: [],
  camera: null,
});
