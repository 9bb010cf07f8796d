import { useLayoutEffect } from 'react';
import { commandForKey } from '../store/commands';

/** Inputs that take keys; a checkbox, radio or button only takes Space and Enter, which are not commands. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
};

/**
 * One key handler for the whole page; keys typed into a field stay with the field. Listening from
 * the commit that first shows the map (a layout effect), not from a later task: on a busy machine
 * a key pressed as soon as the map appears would otherwise go unheard.
 */
export const useKeyboardCommands = (): void => {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) && event.key !== 'Escape') return;
      // Enter on a focused button, link or disclosure belongs to that control.
      if (
        event.key === 'Enter' &&
        event.target instanceof HTMLElement &&
        event.target.closest('button, a, summary, [role="option"]')
      )
        return;
      const command = commandForKey(event.key);
      if (!command) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
};
