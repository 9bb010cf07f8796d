import type { ReactNode } from 'react';
import './notice.css';

/**
 * A small message over the page that does not take the focus (not an alert dialog): read out
 * politely by screen readers, and closed by its Dismiss button.
 */
export function Notice({
  placement,
  dismissLabel,
  onDismiss,
  children,
}: {
  placement: 'top' | 'bottom';
  dismissLabel: string;
  onDismiss: () => void;
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${placement}`} aria-live="polite">
      <div className="notice-body">{children}</div>
      <button type="button" className="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
