/**
 * The Fullscreen API, asked politely: a refusal (headless browsers, no user gesture, an iframe
 * without permission) leaves presenter mode working in the window, and nothing ever throws.
 */
export const enterFullscreen = async (): Promise<void> => {
  if (document.fullscreenElement || typeof document.documentElement.requestFullscreen !== 'function') return;
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    // Refused: present in the window.
  }
};

export const leaveFullscreen = (): void => {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => {
    // Already left (the user pressed Esc or F11 first).
  });
};
