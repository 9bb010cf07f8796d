import { useId, useMemo, useReducer, useState } from 'react';
import { search } from '../../domain/search';
import { loadPinyinIndex, searchIndexOf } from '../../io/pinyin';
import { useAppStore } from '../../store';
import { nodesByIdOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { Combobox, type ComboboxOption } from '../../ui/Combobox';

const RESULT_LIMIT = 8;

interface NodePickerProps {
  label: string;
  value: string | null;
  onChange: (id: string) => void;
}

/**
 * Chooses a node for a query: type part of a name, an id or pinyin (`slyl`, `saile`) and pick from
 * the list, or take the node selected on the map. Shows the chosen node's name while not being typed in.
 */
export function NodePicker({ label, value, onChange }: NodePickerProps) {
  const { t, value: translateValue } = useT();
  const graph = useAppStore((state) => state.graph);
  const selected = useAppStore((state) => state.selected);
  /** null while not typing: the field then shows the chosen node. */
  const [query, setQuery] = useState<string | null>(null);
  // Re-renders when the pinyin index arrives, for searchIndexOf to return it.
  const [, pinyinArrived] = useReducer((count: number) => count + 1, 0);
  const inputId = useId();
  const nodesById = nodesByIdOf(graph);
  const chosen = value === null ? undefined : nodesById.get(value);
  const selectedNode = selected === null ? undefined : nodesById.get(selected);
  const index = searchIndexOf(graph);
  const options: ComboboxOption[] = useMemo(
    () =>
      query?.trim()
        ? search(index, query, RESULT_LIMIT).map(({ node }) => ({
            id: node.id,
            label: node.name,
            hint: translateValue('type', node.type),
          }))
        : [],
    [index, query, translateValue],
  );

  const pick = (id: string | undefined) => {
    if (id === undefined) return;
    onChange(id);
    setQuery(null);
  };

  return (
    <div className="analysis-picker">
      <label htmlFor={inputId}>{label}</label>
      <div className="analysis-picker-row">
        <Combobox
          inputId={inputId}
          label={label}
          placeholder={t('analysis.picker.placeholder')}
          text={query ?? chosen?.name ?? ''}
          options={options}
          editing={query !== null}
          onTextChange={setQuery}
          onFocus={(input) => {
            input.select();
            void loadPinyinIndex(graph).then(pinyinArrived);
          }}
          onBlur={() => setQuery(null)}
          onPick={pick}
          onCancel={() => setQuery(null)}
        />
        <button
          type="button"
          className="button analysis-use-selected"
          disabled={!selectedNode || selected === value}
          aria-label={t('analysis.picker.useSelectedFor', { label })}
          title={
            selectedNode
              ? t('analysis.picker.useSelectedTitle', { name: selectedNode.name })
              : t('analysis.picker.noSelection')
          }
          onClick={() => pick(selectedNode?.id)}
        >
          {t('analysis.picker.useSelected')}
        </button>
      </div>
    </div>
  );
}
