import type { GraphEdge, GraphNode } from '../../domain/graph/types';
import { editorialOf, keptColumnsOf } from '../../domain/graph/editorial';
import type { Translator } from '../../store/i18n';
import { EditorialNotes } from './Editorial';
import { Field } from './Field';

/** A tie's own columns: those kept as they are, and the editorial readings. */
interface ColumnFacts {
  kept: ReturnType<typeof keptColumnsOf>;
  editorial: ReturnType<typeof editorialOf>;
}

const columnFactsOf = (edge: GraphEdge): ColumnFacts => ({
  kept: keptColumnsOf(edge.attributes),
  editorial: editorialOf(edge.attributes),
});

/** Whether the edges file says more of a tie than its ends and relation. */
const saysMore = (edge: GraphEdge, { kept, editorial }: ColumnFacts): boolean =>
  edge.weight !== undefined || edge.evidence !== '' || kept.length > 0 || editorial.length > 0;

/** What the edges file says of a tie besides its ends: weight, kept columns, source quote, editorial reading. */
function TieFacts({
  edge,
  facts: { kept, editorial },
  translator,
  before,
}: {
  edge: GraphEdge;
  facts: ColumnFacts;
  translator: Translator;
  /** Rows to list first (a tie shown on its own names its ends). */
  before?: React.ReactNode;
}) {
  const { t } = translator;
  return (
    <>
      {(before !== undefined || edge.weight !== undefined || kept.length > 0) && (
        <dl className="details-fields">
          {before}
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
    </>
  );
}

/**
 * A tie's facts opened under the neighbour's name in a node's Details: by touch, keyboard and
 * screen reader alike, where a tooltip reached only a mouse. Nothing for a tie the file says nothing more of.
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
  const facts = columnFactsOf(edge);
  if (!saysMore(edge, facts)) return null;
  return (
    <details className="tie-about">
      <summary aria-label={t('details.tieAboutOf', { name: neighbourName })}>{t('details.tieAbout')}</summary>
      <TieFacts edge={edge} facts={facts} translator={translator} />
    </details>
  );
}

/** A tie picked on the map: its relation, its two ends (each one click away) and its facts. */
export function TieDetails({
  edge,
  from,
  to,
  translator,
  onFollow,
}: {
  edge: GraphEdge;
  from: GraphNode;
  to: GraphNode;
  translator: Translator;
  onFollow: (id: string) => void;
}) {
  const { t, value } = translator;
  const end = (node: GraphNode) => (
    <button type="button" className="link-button" onClick={() => onFollow(node.id)}>
      {node.name}
    </button>
  );
  return (
    <article className="details-body">
      <header>
        <h2>{value('relation', edge.relation)}</h2>
        <p className="details-kind">
          {from.name} {edge.directed ? '→' : '—'} {to.name}
        </p>
      </header>
      <TieFacts
        edge={edge}
        facts={columnFactsOf(edge)}
        translator={translator}
        before={
          <>
            <Field label={t(edge.directed ? 'details.tieFrom' : 'details.tieEnd')}>{end(from)}</Field>
            <Field label={t(edge.directed ? 'details.tieTo' : 'details.tieEnd')}>{end(to)}</Field>
            {edge.label !== '' && <Field label={t('details.tieLabel')}>{edge.label}</Field>}
          </>
        }
      />
    </article>
  );
}
