import { useEffect, useRef } from 'react';

/**
 * Opens a `<dialog>` as modal (focus trapped, the page behind inert) once it is rendered with
 * `open` true; closing is the caller's, by not rendering it.
 */
export const useModalDialog = (open: boolean) => {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
  }, [open]);
  return dialog;
};
