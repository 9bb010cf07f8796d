import { useId, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from './useDismiss';

interface MenuPopoverProps {
  /** The button's text and accessible name. */
  label: string;
  /** The panel's accessible name (a role="group"). */
  panelLabel: string;
  children: ReactNode;
  /** Shown under the panel whether it is open or not (a live notice). */
  after?: ReactNode;
}

/** A top-bar button with a panel of actions under it: a press outside or Esc closes it, as menus do. */
export function MenuPopover({ label, panelLabel, children, after }: MenuPopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const onKeyDown = useDismiss(open, setOpen, root);

  return (
    <div className="export-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div className="export-popover">
        <div id={panelId} className="export-panel" role="group" aria-label={panelLabel} hidden={!open}>
          {children}
        </div>
        {after}
      </div>
    </div>
  );
}
