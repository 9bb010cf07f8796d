import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useT } from '../store/i18n';
import { useDismiss } from '../ui/useDismiss';

/**
 * The top bar's actions. On a wide screen they stand in the bar; on a narrow one (compact.css) they
 * fold into a popup under a Menu button, the group the button names. A plain action closes the
 * popup; Template and Export open their own panels inside it and keep it open.
 */
export function TopBarMenu({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  const panelId = useId();
  const onKeyDown = useDismiss(open, setOpen, root);

  // While the popup is open the page beside the top bar is out of reach, as under a dialog's backdrop:
  // a tap lands on the scrim, and Tab stays in the bar and the popup.
  useEffect(() => {
    const bar = root.current?.closest('header');
    if (!open || !bar?.parentElement) return;
    const others = [...bar.parentElement.children].filter(
      (element): element is HTMLElement => element !== bar && element instanceof HTMLElement,
    );
    for (const element of others) element.inert = true;
    return () => {
      for (const element of others) element.inert = false;
    };
  }, [open]);

  const closeAfterAction = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (target && !target.closest('.export-menu')) setOpen(false);
  };

  return (
    <div className="top-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        id={buttonId}
        className="button menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('menu.button')}
      </button>
      <div
        id={panelId}
        role="group"
        aria-labelledby={buttonId}
        className={open ? 'top-actions open' : 'top-actions'}
        onClick={closeAfterAction}
      >
        {children}
      </div>
      {/* Dims the page under the open popup; a tap on it closes the popup and does nothing else. */}
      {open && <div className="menu-scrim" onClick={() => setOpen(false)} />}
    </div>
  );
}
