import type { GraphEdge } from '../../domain/graph/types';
import { editorialOf, keptColumnsOf } from '../../domain/graph/editorial';
import type { Translator } from '../../store/i18n';
import { EditorialNotes } from './Editorial';
import { Field } from './Field';

/**
 * What the edges file says of one tie (its weight, source quote, kept columns and editorial
 * reading), opened under the neighbour's name: by touch, keyboard and screen reader alike, where a
 * tooltip reached only a mouse. Nothing is shown for a tie the file says nothing more of.
 */
export function TieAbout({
  edge,
  neighbourName,
  translator,
}: {
  edge: GraphEdge;
  neighbourName: string;
  translator: Translator;
}) {
  const { t } = translator;
  const kept = keptColumnsOf(edge.attributes);
  const editorial = editorialOf(edge.attributes);
  if (edge.weight === undefined && edge.evidence === '' && kept.length === 0 && editorial.length === 0)
    return null;
  return (
    <details className="tie-about">
      <summary aria-label={t('details.tieAboutOf', { name: neighbourName })}>{t('details.tieAbout')}</summary>
      {(edge.weight !== undefined || kept.length > 0) && (
        <dl className="details-fields">
          {edge.weight !== undefined && <Field label={t('details.weight')}>{edge.weight}</Field>}
          {kept.map(([column, text]) => (
            <Field key={column} label={column}>
              {text}
            </Field>
          ))}
        </dl>
      )}
      {edge.evidence !== '' && (
        <figure className="evidence">
          <figcaption>{t('details.evidence')}</figcaption>
          <blockquote>{edge.evidence}</blockquote>
        </figure>
      )}
      <EditorialNotes clauses={editorial} translator={translator} />
    </details>
  );
}
