import { useMemo } from 'react';
import type { ElementDiff, GraphDiff } from '../../domain/diff';
import type { Graph, GraphEdge } from '../../domain/graph/types';
import { graphDiffOf } from '../../store/derived';
import { fieldLabel } from '../../store/fieldLabels';
import { useT, type Translator } from '../../store/i18n';

/** Longer lists are cut: the counts say how many there are, and nobody reads ten thousand names in a dialog. */
const LIST_LIMIT = 100;

const CHANGES = ['added', 'changed', 'removed'] as const;
const KINDS = ['nodes', 'edges'] as const;

/** How each element is named in the lists, looked up in the map it belongs to (a removed one in the current map). */
interface Labels {
  node: (id: string) => string;
  edge: (id: string) => string;
}

/** The first LIST_LIMIT ids of each list: the only ones shown, so the only ones named. */
const listedIds = (diff: ElementDiff): Set<string> =>
  new Set(
    CHANGES.flatMap((change) =>
      change === 'changed'
        ? diff.changed.slice(0, LIST_LIMIT).map(({ id }) => id)
        : diff[change].slice(0, LIST_LIMIT),
    ),
  );

/** Names only the listed elements (and the endpoints of listed edges): a map of every element of a big import took longer than the diff. */
function labelsOf(before: Graph, after: Graph, diff: GraphDiff, { t, value }: Translator): Labels {
  const listedEdges = listedIds(diff.edges);
  const edges = new Map<string, GraphEdge>();
  for (const graph of [before, after])
    for (const edge of graph.edges) if (listedEdges.has(edge.id)) edges.set(edge.id, edge);
  const named = listedIds(diff.nodes);
  for (const edge of edges.values()) named.add(edge.source).add(edge.target);
  const names = new Map<string, string>();
  for (const graph of [before, after]) {
    for (const node of graph.nodes)
      if (named.has(node.id))
        names.set(node.id, node.name === node.id ? node.id : `${node.name} (${node.id})`);
  }
  const node = (id: string) => names.get(id) ?? id;
  const edge = (id: string) => {
    const found = edges.get(id);
    if (!found) return id;
    const source = names.get(found.source) ?? found.source;
    const target = names.get(found.target) ?? found.target;
    return t('importDiff.edge', { source, target, relation: value('relation', found.relation) });
  };
  return { node, edge };
}

/** `items` are the first LIST_LIMIT of `count`. */
function ChangeList({ summary, count, items }: { summary: string; count: number; items: string[] }) {
  const { t } = useT();
  if (count === 0) return <p className="diff-empty">{summary}</p>;
  return (
    <details>
      <summary>{summary}</summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
      {count > items.length && (
        <p className="diff-more">{t('importDiff.more', { count: count - items.length })}</p>
      )}
    </details>
  );
}

const listedItems = (
  diff: ElementDiff,
  change: (typeof CHANGES)[number],
  label: (id: string) => string,
  t: Translator['t'],
): string[] =>
  change === 'changed'
    ? diff.changed.slice(0, LIST_LIMIT).map(({ id, fields }) =>
        t('importDiff.changedFields', {
          element: label(id),
          fields: fields.map((field) => fieldLabel(t, field)).join(', '),
        }),
      )
    : diff[change].slice(0, LIST_LIMIT).map(label);

/** What Apply would change, matched by id: nodes and edges added, changed (with the fields named) and removed. */
export function ImportDiff({ before, after }: { before: Graph; after: Graph }) {
  const translator = useT();
  const { t } = translator;
  const diff = graphDiffOf(before, after);
  const labels = useMemo(() => labelsOf(before, after, diff, translator), [before, after, diff, translator]);
  const unchanged = KINDS.every((kind) => CHANGES.every((change) => diff[kind][change].length === 0));
  return (
    <section className="import-diff" aria-labelledby="import-diff-title">
      <h3 id="import-diff-title">{t('importDiff.title')}</h3>
      {unchanged ? (
        <p>{t('importDiff.none')}</p>
      ) : (
        KINDS.map((kind) => (
          <div key={kind} className="diff-kind">
            {CHANGES.map((change) => (
              <ChangeList
                key={change}
                summary={t(`importDiff.${kind}.${change}`, { count: diff[kind][change].length })}
                count={diff[kind][change].length}
                items={listedItems(diff[kind], change, kind === 'nodes' ? labels.node : labels.edge, t)}
              />
            ))}
          </div>
        ))
      )}
    </section>
  );
}
