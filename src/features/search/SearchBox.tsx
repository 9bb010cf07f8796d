import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { search } from '../../domain/search';
import { loadPinyinIndex, searchIndexOf } from '../../io/pinyin';
import { Combobox, type ComboboxOption } from '../../ui/Combobox';

const RESULT_LIMIT = 12;

/**
 * The top bar's search over node names, ids, Chinese substrings and pinyin (赛乐 ← `saile`, `sl`).
 * Enter picks the highlighted result (the first by default) and brings it into view; the field then
 * shows the selected node's name (however it was selected), Enter zooms to it again, Esc leaves.
 */
export function SearchBox() {
  const { t, value } = useT();
  const graph = useAppStore((state) => state.graph);
  const focusRequest = useAppStore((state) => state.searchFocusRequest);
  const selected = useAppStore((state) => state.selected);
  // null: not typing, the field shows the selected node's name, wherever it was selected.
  const [draft, setDraft] = useState<string | null>(null);
  const [seenSelected, setSeenSelected] = useState(selected);
  if (selected !== seenSelected) {
    setSeenSelected(selected);
    setDraft(null);
  }
  const query = draft ?? '';
  // Re-renders when the pinyin index arrives, for searchIndexOf to return it.
  const [, pinyinArrived] = useReducer((count: number) => count + 1, 0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  const selectedName = selected === null ? '' : (nodesByIdOf(graph).get(selected)?.name ?? '');
  // Built on the first search of a graph, not when the graph comes in (a big map's Apply).
  const index = query.trim() === '' ? null : searchIndexOf(graph);
  const options: ComboboxOption[] = useMemo(
    () =>
      index === null
        ? []
        : search(index, query, RESULT_LIMIT).map(({ node }) => ({
            id: node.id,
            label: node.name,
            hint: value('type', node.type),
          })),
    [index, query, value],
  );

  return (
    <Combobox
      className="search"
      type="search"
      inputRef={input}
      label={t('search.label')}
      listLabel={t('search.results')}
      placeholder={t('search.placeholder')}
      text={draft ?? selectedName}
      options={options}
      editing={draft !== null}
      onTextChange={setDraft}
      onFocus={(field) => {
        // Typing replaces the name shown rather than adding to it.
        if (draft === null) field.select();
        void loadPinyinIndex(graph).then(pinyinArrived);
      }}
      onPick={(id) => {
        useAppStore.getState().focusNode(id);
        setDraft(null);
      }}
      onCancel={() => setDraft(null)}
      onSubmit={() => {
        if (selected !== null) useAppStore.getState().focusNode(selected);
      }}
    />
  );
}
