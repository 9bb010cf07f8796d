import { useId, useMemo, useState } from 'react';
import { buildSearchIndex, search, type SearchIndex } from '../../domain/search';
import type { Graph } from '../../domain/graph/types';
import { useAppStore } from '../../store';
import { nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';

const RESULT_LIMIT = 8;

const searchIndexes = new WeakMap<Graph, SearchIndex>();
const searchIndexOf = (graph: Graph): SearchIndex => {
  let index = searchIndexes.get(graph);
  if (!index) {
    index = buildSearchIndex(graph.nodes);
    searchIndexes.set(graph, index);
  }
  return index;
};

interface NodePickerProps {
  label: string;
  value: string | null;
  onChange: (id: string) => void;
}

/**
 * Chooses a node for a query: type part of a name or id and pick from the list, or take the node
 * selected on the map. Shows the chosen node's name while not being typed in.
 */
export function NodePicker({ label, value, onChange }: NodePickerProps) {
  const { t, value: translateValue } = useT();
  const graph = useAppStore((state) => state.graph);
  const selected = useAppStore((state) => state.selected);
  /** null while not typing: the field then shows the chosen node. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const nodesById = nodesByIdOf(graph);
  const chosen = value === null ? undefined : nodesById.get(value);
  const selectedNode = selected === null ? undefined : nodesById.get(selected);
  const hits = useMemo(() => (query?.trim() ? search(searchIndexOf(graph), query, RESULT_LIMIT) : []), [graph, query]);
  const open = hits.length > 0;

  const pick = (id: string | undefined) => {
    if (id === undefined) return;
    onChange(id);
    setQuery(null);
  };

  return (
    <div className="analysis-picker">
      <label htmlFor={inputId}>{label}</label>
      <div className="analysis-picker-row">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          placeholder={t('analysis.picker.placeholder')}
          value={query ?? chosen?.name ?? ''}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onBlur={() => setQuery(null)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((at) => Math.max(0, Math.min(hits.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))));
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              pick(hits[active]?.node.id);
            } else if (event.key === 'Escape' && query !== null) {
              // Keeps the page's Esc (clear the selection) for when there is nothing to cancel here.
              event.preventDefault();
              setQuery(null);
            }
          }}
        />
        <button
          type="button"
          className="button analysis-use-selected"
          disabled={!selectedNode || selected === value}
          aria-label={t('analysis.picker.useSelectedFor', { label })}
          title={selectedNode ? t('analysis.picker.useSelectedTitle', { name: selectedNode.name }) : t('analysis.picker.noSelection')}
          onClick={() => pick(selectedNode?.id)}
        >
          {t('analysis.picker.useSelected')}
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="analysis-picker-results" hidden={!open}>
        {hits.map((hit, index) => (
          <li
            key={hit.node.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: it lands before the input's blur ends the typing.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(hit.node.id);
            }}
          >
            <span className="analysis-picker-name">{hit.node.name}</span>
            <span className="analysis-picker-kind">{translateValue('type', hit.node.type)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
