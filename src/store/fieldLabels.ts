/** The model's field names as the user knows them: the CSV columns of the mapping step. */
import type { GraphEdge, GraphNode } from '../domain/graph/types';
import type { MessageKey } from '../i18n';
import type { Translator } from './i18n';

/** The fields diffGraphs compares; a field added to the model without a label here does not compile. */
type ComparedField = Exclude<keyof GraphNode | keyof GraphEdge, 'id' | 'attributes'>;

/** Model field → its label; the CSV column names of the mapping step, where the model spells them otherwise. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  name: 'mapping.role.name',
  type: 'mapping.role.type',
  sectors: 'mapping.role.sector',
  segment: 'mapping.role.segment',
  awardLevel: 'mapping.role.award_level',
  awards: 'mapping.role.awards',
  locality: 'mapping.role.locality',
  key: 'mapping.role.key',
  description: 'mapping.role.description',
  evidence: 'mapping.role.evidence',
  url: 'mapping.role.url',
  x: 'mapping.role.x',
  y: 'mapping.role.y',
  source: 'mapping.role.source',
  target: 'mapping.role.target',
  relation: 'mapping.role.relation',
  directed: 'importDiff.field.directed',
  weight: 'mapping.role.weight',
  label: 'mapping.role.label',
} satisfies Record<ComparedField, MessageKey>;

const ATTRIBUTE_PREFIX = 'attributes.';

/** A field diffGraphs names, as the user knows it: its CSV column (an unknown column by its own name). */
export const fieldLabel = (t: Translator['t'], field: string): string => {
  if (field.startsWith(ATTRIBUTE_PREFIX)) return field.slice(ATTRIBUTE_PREFIX.length);
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
};
