import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../../store/i18n';
import { search, type SearchHit, type SearchIndex } from '../../domain/search';
import type { Graph } from '../../domain/graph/types';
import { pinyinSearchIndexOf, plainSearchIndexOf } from './searchIndex';

const RESULT_LIMIT = 12;

/**
 * A combobox over node names, ids, Chinese substrings and pinyin (赛乐 ← `saile`, `sl`). Arrow keys
 * move through the results; Enter selects the highlighted one (the first by default) and brings it into view.
 */
export function SearchBox() {
  const { t, value } = useT();
  const graph = useAppStore((state) => state.graph);
  const focusRequest = useAppStore((state) => state.searchFocusRequest);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [pinyinIndex, setPinyinIndex] = useState<{ graph: Graph; index: SearchIndex } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  const index = pinyinIndex?.graph === graph ? pinyinIndex.index : plainSearchIndexOf(graph);
  const hits: SearchHit[] = useMemo(() => (query.trim() === '' ? [] : search(index, query, RESULT_LIMIT)), [index, query]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    useAppStore.getState().focusNode(hit.node.id);
    setOpen(false);
    setQuery(hit.node.name);
  };

  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onFocus={() => {
          void pinyinSearchIndexOf(graph).then((loaded) => setPinyinIndex({ graph, index: loaded }));
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((index) => Math.min(index + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            pick(hits[active] ?? hits[0]);
          } else if (event.key === 'Escape') {
            if (query !== '' || open) event.preventDefault();
            setQuery('');
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results" hidden={!open || hits.length === 0}>
        {hits.map((hit, index) => (
          <li
            key={hit.node.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            // mousedown, not click: it lands before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(hit);
            }}
          >
            <span className="name">{hit.node.name}</span>
            <span className="kind">{value('type', hit.node.type)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
