import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n';
import { AttractionSection } from './AttractionSection';
import { CommunitiesSection } from './CommunitiesSection';
import { GapBoardSection } from './GapBoardSection';
import { KeyEnterprisesSection } from './KeyEnterprisesSection';
import { PathsSection } from './PathsSection';
import { SummarySection } from './SummarySection';
import { SupplySection } from './SupplySection';

export interface AnalysisSection<Id extends string = string> {
  id: Id;
  title: MessageKey;
  Component: ComponentType;
  /** Open when the panel is first shown. */
  open: boolean;
}

/**
 * Every section of the Analysis panel, in panel order, defined once: the panel draws this list and
 * the panel's state keys its open flags by these ids. Adding one: its component, its strings, a row here.
 */
export const ANALYSIS_SECTIONS = [
  { id: 'paths', title: 'analysis.paths.title', Component: PathsSection, open: true },
  { id: 'supply', title: 'analysis.supply.title', Component: SupplySection, open: false },
  { id: 'gaps', title: 'analysis.gaps.title', Component: GapBoardSection, open: true },
  { id: 'attraction', title: 'analysis.attraction.title', Component: AttractionSection, open: false },
  { id: 'keyEnterprises', title: 'analysis.key.title', Component: KeyEnterprisesSection, open: false },
  { id: 'communities', title: 'analysis.communities.title', Component: CommunitiesSection, open: false },
  { id: 'summary', title: 'analysis.summary.title', Component: SummarySection, open: false },
] as const satisfies readonly AnalysisSection[];

export type SectionId = (typeof ANALYSIS_SECTIONS)[number]['id'];
