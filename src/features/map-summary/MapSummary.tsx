import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildLegend, mapInWords } from '../../domain/legend';
import { useAppStore } from '../../store';
import { legendOf, shownOf, visibleOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { MapCornerToggle } from '../../ui/MapCornerToggle';

/** Names listed before "… and N more": enough to read aloud, few enough to skim. */
const NATIONAL_LISTED = 20;

/** Over the map: shows the map in words, or hides it again (from sight only). */
export function MapSummaryToggle() {
  const { t } = useT();
  const shown = useAppStore((state) => state.textSummaryShown);
  return (
    <MapCornerToggle
      className="summary-toggle"
      pressed={shown}
      onToggle={useAppStore.getState().setTextSummaryShown}
      label={t('summary.toggle')}
      hint={t('summary.toggleHint')}
    />
  );
}

/**
 * The text twin of the map: what is shown, by type and chain, and who holds a national honour.
 * Always in the accessibility tree; on screen when asked for, and while the keyboard focus is in it.
 */
export function MapSummary() {
  const { t, value } = useT();
  const titleId = useId();
  const { graph, shown, filtered, visible } = useAppStore(
    useShallow((state) => ({
      graph: state.graph,
      shown: shownOf(state),
      filtered: visibleOf(state),
      visible: state.textSummaryShown,
    })),
  );
  // The legend panel's (cached) legend when both show the same nodes, as they do but around the
  // selection: a second legend of a big map cost 50 ms at every Apply and filter change.
  const words = useMemo(
    () => mapInWords(graph, shown === filtered ? legendOf(graph, shown) : buildLegend(graph, shown), shown),
    [graph, shown, filtered],
  );
  const follow = (id: string) => {
    const { select, showRightPanel } = useAppStore.getState();
    select(id);
    showRightPanel('details');
  };
  return (
    <section aria-labelledby={titleId} className={visible ? 'map-summary' : 'map-summary hidden-until-focus'}>
      <h2 id={titleId}>{t('summary.title')}</h2>
      <p>{t('summary.shown', { nodes: words.nodeCount, edges: words.edgeCount })}</p>
      <h3>{t('summary.byType')}</h3>
      <ul className="plain-list summary-inline">
        {words.nodeTypes.map((entry) => (
          <li key={entry.type}>
            {t('summary.typeCount', { type: value('type', entry.type), count: entry.count })}
          </li>
        ))}
      </ul>
      <h3>{t('summary.chains')}</h3>
      {words.chains.length === 0 ? (
        <p>{t('summary.noChains')}</p>
      ) : (
        <ol className="summary-inline">
          {words.chains.map((entry) => (
            <li key={entry.sector}>{t('summary.chainCount', { name: entry.name, count: entry.count })}</li>
          ))}
        </ol>
      )}
      <h3>{t('summary.national', { count: words.national.length })}</h3>
      {words.national.length === 0 ? (
        <p>{t('summary.noNational')}</p>
      ) : (
        <ul className="plain-list summary-inline">
          {words.national.slice(0, NATIONAL_LISTED).map((node) => (
            <li key={node.id}>
              <button type="button" className="link-button" onClick={() => follow(node.id)}>
                {node.name}
              </button>
            </li>
          ))}
          {words.national.length > NATIONAL_LISTED && (
            <li>{t('summary.more', { count: words.national.length - NATIONAL_LISTED })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
