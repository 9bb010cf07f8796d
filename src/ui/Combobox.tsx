import { useId, useState, type Ref } from 'react';
import { comboboxKeyAction } from './comboboxKeys';
import './combobox.css';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second, quieter text at the row's end (the node's type). */
  hint?: string;
}

interface ComboboxProps {
  /** The field's accessible name, and its list's unless `listLabel` is given. */
  label: string;
  listLabel?: string;
  /** For a visible `<label htmlFor>` outside the component. */
  inputId?: string;
  inputRef?: Ref<HTMLInputElement>;
  type?: 'search' | 'text';
  className?: string;
  placeholder?: string;
  /** What the field shows: the typing, or what was chosen. */
  text: string;
  options: readonly ComboboxOption[];
  /** The field holds typing that Escape should undo; Esc is then the field's and not the page's. */
  editing: boolean;
  onTextChange: (text: string) => void;
  onPick: (id: string) => void;
  /** Escape: undo the typing. */
  onCancel: () => void;
  /** Enter with no list shown; without it Enter is left to the page. */
  onSubmit?: () => void;
  onFocus?: (input: HTMLInputElement) => void;
  onBlur?: () => void;
}

/**
 * A text field with a list of options (the ARIA 1.2 combobox pattern): arrow keys move the
 * highlight, Enter or a click picks, Escape cancels the typing, and a second Escape leaves the field. The list opens on focus and typing and closes
 * on pick, Escape and blur; what the options are is the caller's business.
 */
export function Combobox({
  label,
  listLabel = label,
  inputId,
  inputRef,
  type = 'text',
  className,
  placeholder,
  text,
  options,
  editing,
  onTextChange,
  onPick,
  onCancel,
  onSubmit,
  onFocus,
  onBlur,
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(0);
  const listId = useId();
  // Options may change under the highlight (a slower, fuller index arrives): keep it in range.
  const active = Math.min(highlighted, options.length - 1);
  const expanded = open && options.length > 0;

  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    setOpen(false);
    onPick(option.id);
  };

  return (
    <div className={className ? `combobox ${className}` : 'combobox'}>
      <input
        ref={inputRef}
        id={inputId}
        type={type}
        role="combobox"
        autoComplete="off"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onFocus={(event) => {
          setOpen(true);
          onFocus?.(event.currentTarget);
        }}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onChange={(event) => {
          setOpen(true);
          setHighlighted(0);
          onTextChange(event.target.value);
        }}
        onKeyDown={(event) => {
          const action = comboboxKeyAction(event.key, { active, count: options.length, expanded, editing });
          if (action.kind === 'none' || (action.kind === 'submit' && !onSubmit)) return;
          event.preventDefault();
          if (action.kind === 'submit') {
            onSubmit?.();
          } else if (action.kind === 'leave') {
            event.currentTarget.blur();
          } else if (action.kind === 'move') {
            setOpen(true);
            setHighlighted(action.active);
          } else if (action.kind === 'pick') {
            pick(action.index);
          } else {
            setOpen(false);
            onCancel();
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={listLabel} className="combobox-list" hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: it lands before the field's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(index);
            }}
          >
            <span className="combobox-label">{option.label}</span>
            {option.hint ? <span className="combobox-hint">{option.hint}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
