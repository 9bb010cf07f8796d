import { useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildLegend } from '../../domain/legend';
import { useAppStore } from '../../store';
import { adjacencyOf, visibleOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { LineGlyph, ShapeGlyph } from '../../ui/LegendGlyphs';
import { drawnElements } from './stepView';

function Group({ heading, children }: { heading: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="plain-list">{children}</ul>
    </>
  );
}

/** The legend cut to what the step draws, without counts: the audience reads shapes and colours. */
export function StepLegend() {
  const { t, value } = useT();
  const { graph, visible, layout, selected, depth } = useAppStore(
    useShallow((state) => ({
      graph: state.graph,
      visible: visibleOf(state),
      layout: state.layout,
      selected: state.selected,
      depth: state.depth,
    })),
  );
  const legend = useMemo(
    () => buildLegend(graph, drawnElements(graph, visible, { layout, selected, depth }, adjacencyOf(graph))),
    [graph, visible, layout, selected, depth],
  );
  return (
    // Focusable: on a short screen the legend scrolls, and a keyboard user must be able to scroll it.
    <aside className="presenter-legend" aria-labelledby="presenter-legend-title" tabIndex={0}>
      <h2 id="presenter-legend-title">{t('legend.title')}</h2>
      <Group heading={t('legend.sectors')}>
        {legend.sectors.map((entry) => (
          <li key={entry.sector ?? ''}>
            <span className="presenter-swatch" style={{ background: entry.color }} />
            {entry.sector === null ? t('legend.noSector') : entry.name}
          </li>
        ))}
      </Group>
      <Group heading={t('legend.types')}>
        {legend.nodeTypes.map((entry) => (
          <li key={entry.type}>
            <ShapeGlyph shape={entry.shape} />
            {value('type', entry.type)}
          </li>
        ))}
      </Group>
      <Group heading={t('legend.levels')}>
        {legend.awardLevels
          .filter((entry) => entry.ringColor !== null)
          .map((entry) => (
            <li key={entry.level}>
              <ShapeGlyph shape="ellipse" fill="#e8ebef" ring={entry.ringColor} />
              {value('level', entry.level)}
            </li>
          ))}
      </Group>
      <Group heading={t('legend.locality')}>
        {legend.outside > 0
          ? [
              <li key="outside">
                <ShapeGlyph shape="ellipse" fill="#e8ebef" dashed />
                {t('legend.outside')}
              </li>,
            ]
          : []}
      </Group>
      <Group heading={t('legend.relations')}>
        {legend.relations.map((entry) => (
          <li key={entry.relation}>
            <LineGlyph
              lineStyle={entry.lineStyle}
              color={entry.color}
              width={entry.width}
              arrow={entry.arrow}
            />
            {value('relation', entry.relation)}
          </li>
        ))}
      </Group>
    </aside>
  );
}
