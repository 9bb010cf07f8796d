import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type LegendHighlight } from '../../store';
import { useStoreAfterFrame } from '../../store/afterFrame';
import { useT } from '../../store/i18n';
import { CHANGE_KINDS } from '../../domain/diff';
import { changesOf, isGrouped, legendOf, segmentGroupsOf, visibleOf } from '../../store/derived';
import { ChangeGlyph, LineGlyph, SegmentOutlineGlyph, ShapeGlyph } from '../../ui/LegendGlyphs';

function Entry({
  highlight,
  active,
  children,
  count,
}: {
  highlight: LegendHighlight;
  active: boolean;
  children: React.ReactNode;
  count: number;
}) {
  return (
    <li>
      <button
        type="button"
        className={`legend-entry${active ? ' active' : ''}`}
        aria-pressed={active}
        onClick={() => useAppStore.getState().toggleLegendHighlight(highlight)}
      >
        {children}
        <span className="count">{count}</span>
      </button>
    </li>
  );
}

/** Generated from the same model as the map's styles, listing only what is present, with counts. */
export function LegendPanel() {
  const { t, value } = useT();
  // What the map shows, a frame after it is drawn; the entry the user picked at once.
  const highlight = useAppStore((state) => state.legendHighlight);
  const { legend, changes, grouped, segmentGroups } = useStoreAfterFrame(
    useShallow((state) => ({
      legend: legendOf(state.graph, visibleOf(state)),
      segmentGroups: segmentGroupsOf(state).size,
      changes: changesOf(state)?.counts ?? null,
      grouped: isGrouped(state),
    })),
  );
  const isActive = (kind: LegendHighlight['kind'], entry: string | null) =>
    highlight?.kind === kind && highlight.value === entry;
  return (
    <section role="region" aria-label={t('legend.title')} className="legend">
      <h2>{t('legend.title')}</h2>
      {changes && (
        <>
          <h3>{t('changes.legend')}</h3>
          <ul className="plain-list" data-testid="legend-changes">
            {CHANGE_KINDS.map((change) => (
              <li key={change} className="legend-entry">
                <ChangeGlyph change={change} />
                <span className="name">{t(`changes.kind.${change}`)}</span>
                <span className="count">{changes[change]}</span>
              </li>
            ))}
            {grouped && (
              <li className="legend-entry">
                <ChangeGlyph change="contains" />
                <span className="name">{t('changes.kind.contains')}</span>
              </li>
            )}
          </ul>
        </>
      )}
      <h3>{t('legend.types')}</h3>
      <ul className="plain-list">
        {legend.nodeTypes.map((entry) => (
          <Entry
            key={entry.type}
            highlight={{ kind: 'type', value: entry.type }}
            active={isActive('type', entry.type)}
            count={entry.count}
          >
            <ShapeGlyph shape={entry.shape} />
            <span className="name">{value('type', entry.type)}</span>
          </Entry>
        ))}
      </ul>
      <h3>{t('legend.sectors')}</h3>
      <ul className="plain-list">
        {legend.sectors.map((entry) => (
          <Entry
            key={entry.sector ?? ''}
            highlight={{ kind: 'sector', value: entry.sector }}
            active={isActive('sector', entry.sector)}
            count={entry.count}
          >
            <span className="swatch" style={{ background: entry.color }} />
            <span className="name">{entry.sector === null ? t('legend.noSector') : entry.name}</span>
          </Entry>
        ))}
      </ul>
      <h3>{t('legend.levels')}</h3>
      <ul className="plain-list">
        {legend.awardLevels.map((entry) => (
          <Entry
            key={entry.level}
            highlight={{ kind: 'level', value: entry.level }}
            active={isActive('level', entry.level)}
            count={entry.count}
          >
            <ShapeGlyph shape="ellipse" fill="#e8ebef" ring={entry.ringColor} />
            <span className="name">{value('level', entry.level)}</span>
          </Entry>
        ))}
      </ul>
      {legend.outside > 0 && (
        <>
          <h3>{t('legend.locality')}</h3>
          <ul className="plain-list">
            <Entry
              highlight={{ kind: 'locality', value: 'outside' }}
              active={isActive('locality', 'outside')}
              count={legend.outside}
            >
              <ShapeGlyph shape="ellipse" fill="#e8ebef" dashed />
              <span className="name">{t('legend.outside')}</span>
            </Entry>
          </ul>
        </>
      )}
      {segmentGroups > 0 && (
        <>
          <h3>{t('legend.segmentGroups')}</h3>
          <ul className="plain-list" data-testid="legend-segment-groups">
            <li className="legend-entry">
              <SegmentOutlineGlyph />
              <span className="name">{t('legend.segmentGroup')}</span>
              <span className="count">{segmentGroups}</span>
            </li>
          </ul>
        </>
      )}
      <h3>{t('legend.relations')}</h3>
      <ul className="plain-list">
        {legend.relations.map((entry) => (
          <Entry
            key={entry.relation}
            highlight={{ kind: 'relation', value: entry.relation }}
            active={isActive('relation', entry.relation)}
            count={entry.count}
          >
            <LineGlyph
              lineStyle={entry.lineStyle}
              color={entry.color}
              width={entry.width}
              arrow={entry.arrow}
            />
            <span className="name">{value('relation', entry.relation)}</span>
          </Entry>
        ))}
      </ul>
    </section>
  );
}
