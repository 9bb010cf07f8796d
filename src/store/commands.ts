import type { MessageKey } from '../i18n';
import { useAppStore } from './index';
import type { Depth } from './viewSlice';

/**
 * Every keyboard command, defined once: the key handler, the buttons that show a shortcut hint and
 * the key sheet all read this list.
 */
export interface Command {
  id: string;
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  /** Shown in the key sheet. */
  keyLabel: string;
  label: MessageKey;
  /** When the command applies; otherwise its keys keep their usual meaning (Space on a button clicks it). */
  when?: () => boolean;
  run: () => void;
}

const whilePresenting = (): boolean => useAppStore.getState().presenting;

const changeDepth = (step: 1 | -1) => {
  const { depth, setDepth } = useAppStore.getState();
  const next = depth + step;
  if (next >= 1 && next <= 3) setDepth(next as Depth);
};

export const commands: readonly Command[] = [
  {
    id: 'search',
    keys: ['/'],
    keyLabel: '/',
    label: 'keys.search',
    run: () => useAppStore.getState().requestSearchFocus(),
  },
  { id: 'depth-up', keys: ['+', '='], keyLabel: '+', label: 'keys.depthUp', run: () => changeDepth(1) },
  {
    id: 'depth-down',
    keys: ['-', '−', '_'],
    keyLabel: '−',
    label: 'keys.depthDown',
    run: () => changeDepth(-1),
  },
  {
    id: 'fit',
    keys: ['f', 'F'],
    keyLabel: 'F',
    label: 'keys.fit',
    run: () => useAppStore.getState().requestFit(),
  },
  {
    id: 'circle',
    keys: ['Enter'],
    keyLabel: 'Enter',
    label: 'keys.circle',
    run: () => {
      const { selected, setLayout } = useAppStore.getState();
      if (selected) setLayout('circle');
    },
  },
  {
    id: 'clear',
    keys: ['Escape'],
    keyLabel: 'Esc',
    label: 'keys.clear',
    run: () => {
      const { keySheetOpen, setKeySheetOpen, presenting, stopPresenting, select } = useAppStore.getState();
      if (keySheetOpen) setKeySheetOpen(false);
      else if (presenting) stopPresenting();
      else select(null);
    },
  },
  {
    id: 'presenter',
    keys: ['p', 'P'],
    keyLabel: 'P',
    label: 'presenter.keys.toggle',
    run: () => {
      const state = useAppStore.getState();
      if (state.presenting) state.stopPresenting();
      else state.startPresenting();
    },
  },
  {
    id: 'presenter-next',
    keys: ['ArrowRight', ' '],
    keyLabel: '→ / Space',
    label: 'presenter.keys.next',
    when: whilePresenting,
    run: () => useAppStore.getState().nextStep(),
  },
  {
    id: 'presenter-previous',
    keys: ['ArrowLeft'],
    keyLabel: '←',
    label: 'presenter.keys.previous',
    when: whilePresenting,
    run: () => useAppStore.getState().previousStep(),
  },
  {
    id: 'keys',
    keys: ['?'],
    keyLabel: '?',
    label: 'keys.sheet',
    run: () => useAppStore.getState().setKeySheetOpen(true),
  },
];

const byKey = new Map(commands.flatMap((command) => command.keys.map((key) => [key, command] as const)));

export const commandForKey = (key: string): Command | undefined => {
  const command = byKey.get(key);
  return command?.when && !command.when() ? undefined : command;
};

export const keyLabelOf = (id: string): string =>
  commands.find((command) => command.id === id)?.keyLabel ?? '';
