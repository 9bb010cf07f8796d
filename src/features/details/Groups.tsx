import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { groupedViewOf, groupIdByNodeOf, isGrouped, nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { AWARD_LEVELS, type AwardLevel } from '../../domain/graph/types';
import { groupName } from '../../store/groupNames';
import { groupsModel, type ChainSection, type GroupRow } from './groupsModel';
import './groups.css';

/** Up to this many chains list their groups unfolded; past it, only chains with an open group do. */
const FEW_CHAINS = 3;

function Honours({ counts }: { counts: Record<AwardLevel, number> }) {
  const { t, value } = useT();
  const levels = AWARD_LEVELS.filter((level) => level !== 'none' && counts[level] > 0);
  if (levels.length === 0) return null;
  return (
    <p className="group-honours">
      <span className="visually-hidden">{t('details.awards')}: </span>
      {levels.map((level) => (
        <span key={level} className={`badge level-${level}`}>
          {value('level', level)} {counts[level]}
        </span>
      ))}
    </p>
  );
}

/** Opens the group on the map, or closes it when it is open (then calls `onClosed`). */
function ToggleButton({
  id,
  name,
  expanded,
  onClosed,
}: Pick<GroupRow, 'id' | 'name' | 'expanded'> & { onClosed?: () => void }) {
  const { t } = useT();
  const { openGroup, closeGroup } = useAppStore.getState();
  return (
    <button
      type="button"
      className={expanded ? 'button group-toggle open' : 'button group-toggle'}
      aria-label={t(expanded ? 'groups.closeLabel' : 'groups.openLabel', { name })}
      onClick={() => {
        if (!expanded) return openGroup(id);
        closeGroup(id);
        onClosed?.();
      }}
    >
      {t(expanded ? 'groups.close' : 'groups.open')}
    </button>
  );
}

function GroupItem({ row }: { row: GroupRow }) {
  const { t } = useT();
  return (
    <li className={row.expanded ? 'group-row open' : 'group-row'}>
      <div className="group-text">
        <span className="group-name">{row.label}</span>{' '}
        <span className="count">{t('groups.members', { count: row.memberCount })}</span>
        <Honours counts={row.countByAwardLevel} />
      </div>
      <ToggleButton {...row} />
    </li>
  );
}

function ChainItem({ chain, initiallyOpen }: { chain: ChainSection; initiallyOpen: boolean }) {
  const { t } = useT();
  const listId = useId();
  // Unfolded by default while few chains are listed or one of its groups is open; the user's click wins.
  const [unfolded, setUnfolded] = useState<boolean | null>(null);
  const open = unfolded ?? (initiallyOpen || chain.openCount > 0);
  return (
    <li className="chain-groups">
      <h4>
        <button
          type="button"
          className="chain-toggle row-button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setUnfolded(!open)}
        >
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="chain-name">{chain.name}</span>
          <span className="count">
            {t('groups.members', { count: chain.memberCount })}
            {chain.openCount > 0 && ` · ${t('groups.openCount', { count: chain.openCount })}`}
          </span>
        </button>
      </h4>
      <Honours counts={chain.countByAwardLevel} />
      {/* A folded chain's rows are not rendered at all: a city's map lists hundreds, and each filter change redraws the list. */}
      <ul id={listId} className="plain-list group-list" hidden={!open}>
        {open && chain.rows.map((row) => <GroupItem key={row.id} row={row} />)}
      </ul>
    </li>
  );
}

/**
 * The groups of the grouped map, chain by chain, each one click from being opened or closed.
 * `focusHeading` moves focus to its heading (then `onHeadingFocused` is called): the panel was sent
 * back here from a node's details, whose button, and focus with it, is gone.
 */
export function GroupsOverview({
  focusHeading,
  onHeadingFocused,
}: {
  focusHeading: boolean;
  onHeadingFocused: () => void;
}) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusHeading) return;
    heading.current?.focus();
    onHeadingFocused();
  }, [focusHeading, onHeadingFocused]);
  const { view, expanded, graph } = useAppStore(
    useShallow((state) => ({
      // A filter that ends the grouped map unmounts this list: its groups need not be worked out first.
      view: isGrouped(state) ? groupedViewOf(state) : null,
      expanded: state.openGroups,
      graph: state.graph,
    })),
  );
  if (!view) return null;
  const model = groupsModel(view.groups, expanded, nodesByIdOf(graph), t);
  return (
    <article className="details-body groups">
      <header>
        <h2 ref={heading} tabIndex={-1}>
          {t('groups.title')}
        </h2>
        <p className="groups-summary">
          {t('groups.summary', {
            groups: model.groupCount,
            members: model.memberCount,
            open: model.openCount,
          })}
        </p>
        <p className="empty-hint">{t('groups.hint')}</p>
      </header>
      {model.chains.length > 0 && (
        <section aria-label={t('groups.chains')}>
          <h3>{t('groups.chains')}</h3>
          <ul className="plain-list">
            {model.chains.map((chain) => (
              <ChainItem
                key={chain.chainId}
                chain={chain}
                initiallyOpen={model.chains.length <= FEW_CHAINS}
              />
            ))}
          </ul>
        </section>
      )}
      {model.others.length > 0 && (
        <section aria-label={t('groups.others')}>
          <h3>{t('groups.others')}</h3>
          <ul className="plain-list group-list">
            {model.others.map((row) => (
              <GroupItem key={row.id} row={row} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/**
 * Which group of the grouped map the selected node is in, with the way to open or close it and
 * back to all groups (`onBackToOverview`, which clears the selection).
 */
export function GroupMembership({
  nodeId,
  onBackToOverview,
}: {
  nodeId: string;
  onBackToOverview: () => void;
}) {
  const { t } = useT();
  const { view, expanded, graph } = useAppStore(
    useShallow((state) => ({
      view: groupedViewOf(state),
      expanded: state.openGroups,
      graph: state.graph,
    })),
  );
  const headingId = useId();
  const groupId = groupIdByNodeOf(graph).get(nodeId);
  // A node the filters hide is in no group of the current view.
  const group = view.groups.find((each) => each.id === groupId);
  if (!group) return null;
  const name = groupName(group, nodesByIdOf(graph), t);
  const open = expanded.includes(group.id);
  return (
    <section className="group-membership" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('group.in')}</h3>
      <p className="group-membership-name">
        <span className="group-name">{name}</span>{' '}
        <span className="count">{t('groups.members', { count: group.memberCount })}</span>
      </p>
      <Honours counts={group.countByAwardLevel} />
      <p className="group-state">{t(open ? 'group.isOpen' : 'group.isClosed')}</p>
      <div className="group-actions">
        {/* Closing takes this node off the map with the group's other members: back to the overview. */}
        <ToggleButton id={group.id} name={name} expanded={open} onClosed={onBackToOverview} />
        <button type="button" className="button" onClick={onBackToOverview}>
          {t('group.overview')}
        </button>
      </div>
    </section>
  );
}
