import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { adjacencyOf, edgeWithId, isGrouped, nodesByIdOf } from '../../store/derived';
import { useT, type Translator } from '../../store/i18n';
import {
  directionWording,
  neighbours,
  segmentMembers,
  type NeighbourGroup,
} from '../../domain/graph/neighbourhood';
import { STAGES, type Graph, type GraphNode } from '../../domain/graph/types';
import { safeHttpUrl } from '../../domain/graph/url';
import { editorialOf, keptColumnsOf } from '../../domain/graph/editorial';
import { GroupMembership, GroupsOverview } from './Groups';
import { EditorialMark, EditorialNotes } from './Editorial';
import { Field } from './Field';
import { TieAbout, TieDetails } from './TieAbout';

const groupTitle = ({ t, value }: Translator, group: NeighbourGroup): string => {
  const relation = value('relation', group.relation);
  const wording = directionWording(group.relation, group.direction);
  return wording === null ? relation : t(`details.direction.${wording}`, { relation });
};

const segmentText = (translator: Translator, graph: Graph, segment: string): string => {
  if ((STAGES as readonly string[]).includes(segment)) return translator.value('stage', segment);
  return nodesByIdOf(graph).get(segment)?.name ?? segment;
};

interface NodeDetailsProps {
  node: GraphNode;
  graph: Graph;
  grouped: boolean;
  onBackToOverview: () => void;
  /** Set when a link in the panel chose this node: its name takes the focus the link had. */
  focusHeading: boolean;
  onFollow: (id: string) => void;
  onHeadingFocused: () => void;
}

function NodeList({ nodes, onFollow }: { nodes: readonly GraphNode[]; onFollow: (id: string) => void }) {
  return (
    <ul className="plain-list">
      {nodes.map((member) => (
        <li key={member.id}>
          <button type="button" className="link-button" onClick={() => onFollow(member.id)}>
            {member.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function NodeDetails({
  node,
  graph,
  grouped,
  onBackToOverview,
  focusHeading,
  onFollow,
  onHeadingFocused,
}: NodeDetailsProps) {
  const translator = useT();
  const { t, value } = translator;
  const { setLayout } = useAppStore.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus();
    onHeadingFocused();
  }, [focusHeading, node.id, onHeadingFocused]);
  const members = node.type === 'segment' ? segmentMembers(graph, node.id) : [];
  const nodesById = nodesByIdOf(graph);
  const url = safeHttpUrl(node.url);
  const groups = neighbours(adjacencyOf(graph), node.id);
  const extra = keptColumnsOf(node.attributes);
  const editorial = editorialOf(node.attributes);
  const editorialFields = new Set(editorial.flatMap((clause) => clause.fields));
  /** The tag beside a value the row marks as an editorial reading. */
  const markOf = (...fields: string[]) =>
    fields.some((field) => editorialFields.has(field)) ? (
      <EditorialMark translator={translator} />
    ) : undefined;
  return (
    <article className="details-body">
      <header>
        <h2 ref={heading} tabIndex={-1}>
          {node.name}
        </h2>
        <p className="details-kind">
          {value('type', node.type)}
          {markOf('type')}
          {node.awardLevel !== 'none' && (
            <span className={`badge level-${node.awardLevel}`}>{value('level', node.awardLevel)}</span>
          )}
          {node.awardLevel !== 'none' && markOf('award_level')}
        </p>
      </header>
      {grouped && <GroupMembership nodeId={node.id} onBackToOverview={onBackToOverview} />}
      <dl className="details-fields">
        <Field label={t('details.id')}>{node.id}</Field>
        {node.sectors.length > 0 && (
          <Field label={t('details.sectors')} mark={markOf('sector')}>
            {node.sectors.map((sector) => nodesById.get(sector)?.name ?? sector).join('、')}
          </Field>
        )}
        {node.segment !== '' && (
          <Field label={t('details.segment')} mark={markOf('segment')}>
            {segmentText(translator, graph, node.segment)}
          </Field>
        )}
        <Field label={t('details.locality')} mark={markOf('locality')}>
          {value('locality', node.locality)}
        </Field>
        {node.type === 'segment' && node.key && <Field label={t('details.key')}>{t('details.keyYes')}</Field>}
        {node.awards.length > 0 && (
          <Field label={t('details.awards')} mark={markOf('awards')}>
            <ul className="plain-list">
              {node.awards.map((award) => (
                <li key={award}>{award}</li>
              ))}
            </ul>
          </Field>
        )}
        {node.description !== '' && <Field label={t('details.description')}>{node.description}</Field>}
        {url && (
          <Field label={t('details.url')}>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {node.url}
            </a>
          </Field>
        )}
        {extra.map(([column, text]) => (
          <Field key={column} label={column}>
            {text}
          </Field>
        ))}
      </dl>
      <EditorialNotes clauses={editorial} translator={translator} />
      {node.evidence !== '' && (
        <figure className="evidence">
          <figcaption>{t('details.evidence')}</figcaption>
          <blockquote>{node.evidence}</blockquote>
        </figure>
      )}
      <button type="button" className="button" onClick={() => setLayout('circle')}>
        {t('details.openCircle')}
      </button>
      {members.length > 0 && (
        <section aria-label={t('details.members')}>
          <h3>
            {t('details.members')} ({members.length})
          </h3>
          <NodeList nodes={members} onFollow={onFollow} />
        </section>
      )}
      <section aria-label={t('details.neighbours')}>
        <h3>
          {t('details.neighbours')} ({groups.reduce((sum, group) => sum + group.links.length, 0)})
        </h3>
        {groups.map((group) => (
          <div key={`${group.relation}-${group.direction}`} className="neighbour-group">
            <h4>
              {groupTitle(translator, group)} ({group.links.length})
            </h4>
            <ul className="plain-list">
              {group.links.map(({ node: neighbour, edge }) => (
                <li key={edge.id}>
                  <button type="button" className="link-button" onClick={() => onFollow(neighbour.id)}>
                    {neighbour.name}
                  </button>
                  {edge.label !== '' && <span className="edge-label"> · {edge.label}</span>}
                  <TieAbout edge={edge} neighbourName={neighbour.name} translator={translator} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}

/**
 * Everything known about the selected node, its evidence and its neighbours, each one click away.
 * With nothing selected on a grouped map, the groups it is drawn in, to open and close.
 */
export function DetailsPanel() {
  const translator = useT();
  const { t } = translator;
  const { graph, selected, tie, grouped } = useAppStore(
    useShallow((state) => ({
      graph: state.graph,
      selected: state.selected,
      tie: state.tie,
      grouped: isGrouped(state),
    })),
  );
  // Set when the node's details send the panel back to the groups, till their heading has focus.
  const [focusOverview, setFocusOverview] = useState(false);
  const backToOverview = useCallback(() => {
    setFocusOverview(true);
    useAppStore.getState().select(null);
  }, []);
  const overviewFocused = useCallback(() => setFocusOverview(false), []);
  const [focusNode, setFocusNode] = useState(false);
  const follow = useCallback((id: string) => {
    setFocusNode(true);
    useAppStore.getState().select(id);
  }, []);
  const nodeFocused = useCallback(() => setFocusNode(false), []);
  const nodesById = nodesByIdOf(graph);
  const node = selected === null ? undefined : nodesById.get(selected);
  const edge = tie === null ? undefined : edgeWithId(graph, tie);
  const ends = edge && { from: nodesById.get(edge.source), to: nodesById.get(edge.target) };
  let body = <p className="empty-hint">{t('details.empty')}</p>;
  if (node)
    body = (
      <NodeDetails
        node={node}
        graph={graph}
        grouped={grouped}
        onBackToOverview={backToOverview}
        focusHeading={focusNode}
        onFollow={follow}
        onHeadingFocused={nodeFocused}
      />
    );
  else if (edge && ends?.from && ends.to)
    body = <TieDetails edge={edge} from={ends.from} to={ends.to} translator={translator} onFollow={follow} />;
  else if (grouped) body = <GroupsOverview focusHeading={focusOverview} onHeadingFocused={overviewFocused} />;
  return (
    <section role="region" aria-label={t('details.title')} className="details">
      {body}
    </section>
  );
}
