/**
 * What a part of the page loaded on first use shows while its code arrives, read out by screen
 * readers too (a live region, not a second `status`: the status bar is the page's one);
 * `hidden` for a part that has no place on screen of its own (a layer, a dialog).
 */
export function Loading({ label, hidden = false }: { label: string; hidden?: boolean }) {
  return (
    <p className={hidden ? 'visually-hidden' : 'empty-hint'} aria-live="polite">
      {label}
    </p>
  );
}
