import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { useStoreAfterFrame } from '../../store/afterFrame';
import { facetCountsOf, nodesByIdOf } from '../../store/derived';
import { useT, type Translator } from '../../store/i18n';
import { NO_SECTOR, isDefaultFilters, type FacetKey } from '../../domain/filters';
import { AWARD_LEVELS, NODE_TYPES } from '../../domain/graph/types';
import { compareRelations } from '../../domain/graph/indexes';

const FACET_LABEL = {
  sectors: 'filters.sector',
  awardLevels: 'filters.level',
  types: 'filters.type',
  relations: 'filters.relation',
} as const;

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

function Facet({
  facet,
  options,
  selected,
}: {
  facet: FacetKey;
  options: FacetOption[];
  selected: readonly string[];
}) {
  const { t } = useT();
  if (options.length === 0) return null;
  const { toggleFacetValue } = useAppStore.getState();
  return (
    <fieldset className="facet">
      <legend>{t(FACET_LABEL[facet])}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className={
            option.count === 0 && !selected.includes(option.value) ? 'facet-option empty' : 'facet-option'
          }
        >
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={() => toggleFacetValue(facet, option.value)}
          />
          <span className="name">{option.label}</span>
          <span className="count">{option.count}</span>
        </label>
      ))}
    </fieldset>
  );
}

const optionsFor = (
  { t, value }: Translator,
  facet: FacetKey,
  counts: Map<string, number>,
  chainName: (id: string) => string,
): FacetOption[] => {
  const keys = [...counts.keys()];
  const ordered =
    facet === 'awardLevels'
      ? AWARD_LEVELS.filter((level) => counts.has(level))
      : facet === 'types'
        ? NODE_TYPES.filter((type) => counts.has(type))
        : facet === 'relations'
          ? keys.sort(compareRelations)
          : keys.sort((a, b) =>
              a === NO_SECTOR
                ? 1
                : b === NO_SECTOR
                  ? -1
                  : chainName(a).localeCompare(chainName(b), 'zh-Hans-CN'),
            );
  return ordered.map((key) => ({
    value: key,
    count: counts.get(key) ?? 0,
    label:
      facet === 'sectors'
        ? key === NO_SECTOR
          ? t('legend.noSector')
          : chainName(key)
        : value(facet === 'awardLevels' ? 'level' : facet === 'types' ? 'type' : 'relation', key),
  }));
};

/** Faceted filters: each value shows how many elements it would show under the other active filters. */
export function FiltersPanel() {
  const translator = useT();
  const { t } = translator;
  // The boxes and fields as the user set them; the counts a frame later, after the map is drawn.
  const filters = useAppStore((state) => state.filters);
  const { graph, counts } = useStoreAfterFrame(
    useShallow((state) => ({ graph: state.graph, counts: facetCountsOf(state) })),
  );
  const nodesById = nodesByIdOf(graph);
  const chainName = (id: string) => nodesById.get(id)?.name ?? id;
  const { setFilters, clearAllFilters } = useAppStore.getState();
  const facets: [FacetKey, Map<string, number>][] = [
    ['sectors', counts.sectors],
    ['awardLevels', counts.awardLevels],
    ['types', counts.types],
    ['relations', counts.relations],
  ];
  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="panel-heading">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button
          type="button"
          className="link-button"
          disabled={isDefaultFilters(filters)}
          onClick={clearAllFilters}
        >
          {t('filters.clear')}
        </button>
      </div>
      <label className="filter-text">
        <span>{t('filters.text')}</span>
        <input
          type="search"
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </label>
      {facets.map(([facet, facetCounts]) => (
        <Facet
          key={facet}
          facet={facet}
          options={optionsFor(translator, facet, facetCounts, chainName)}
          selected={filters[facet]}
        />
      ))}
      <label className="filter-degree">
        <span>{t('filters.minDegree', { value: filters.minDegree })}</span>
        <input
          type="range"
          min={0}
          max={10}
          value={filters.minDegree}
          onChange={(event) => setFilters({ minDegree: Number(event.target.value) })}
        />
      </label>
      <fieldset className="facet">
        <legend>{t('filters.mode')}</legend>
        {(['hide', 'fade'] as const).map((mode) => (
          <label key={mode} className="facet-option">
            <input
              type="radio"
              name="filter-mode"
              checked={filters.mode === mode}
              onChange={() => setFilters({ mode })}
            />
            <span className="name">{t(mode === 'hide' ? 'filters.modeHide' : 'filters.modeFade')}</span>
          </label>
        ))}
        <label className="facet-option">
          <input
            type="checkbox"
            checked={filters.keepNeighbours}
            onChange={(event) => setFilters({ keepNeighbours: event.target.checked })}
          />
          <span className="name wraps">{t('filters.keepNeighbours')}</span>
        </label>
      </fieldset>
    </section>
  );
}
