import type { MessageKey } from '../i18n';
import { useAppStore } from './index';
import { isDepth } from '../domain/layout/depth';

/**
 * Every keyboard command, defined once: the key handler, the buttons that show a shortcut hint and
 * the key sheet all read this list.
 */
export interface Command<Id extends string = string> {
  id: Id;
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
  if (isDepth(next)) setDepth(next);
};

export const commands = [
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
] as const satisfies readonly Command[];

/** The ids as a literal union, so a mistyped id (say in `keyLabelOf`) does not compile. */
export type CommandId = (typeof commands)[number]['id'];

const byKey = new Map<string, Command<CommandId>>(
  commands.flatMap((command) => command.keys.map((key) => [key, command] as const)),
);

export const commandForKey = (key: string): Command<CommandId> | undefined => {
  const command = byKey.get(key);
  return command?.when && !command.when() ? undefined : command;
};

const keyLabels = new Map<CommandId, string>(commands.map((command) => [command.id, command.keyLabel]));

export const keyLabelOf = (id: CommandId): string => keyLabels.get(id) ?? '';
