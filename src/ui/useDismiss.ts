import { useEffect, type KeyboardEvent, type RefObject } from 'react';

/**
 * What menus do: while open, a press outside `root` or Esc inside it closes the popup. Returns the
 * key handler for the root; an Esc already handled by a popup inside it closes only that one.
 */
export const useDismiss = (
  open: boolean,
  setOpen: (open: boolean) => void,
  root: RefObject<HTMLElement | null>,
): ((event: KeyboardEvent) => void) => {
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open, setOpen, root]);

  return (event) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    // Handled here, so the page's Esc (clear the selection) does not also run.
    event.preventDefault();
    setOpen(false);
  };
};
