/**
 * Calls `resized` when the container changes from one real size to another; not for its first
 * size, nor when it comes back from none (not laid out yet, or under a phone's sheet): a map that
 * had no size was never fitted to one. Returns the observer, to disconnect.
 */
export const onContainerResize = (container: HTMLElement, resized: () => void): ResizeObserver => {
  let size = { width: container.clientWidth, height: container.clientHeight };
  const observer = new ResizeObserver(() => {
    const before = size;
    size = { width: container.clientWidth, height: container.clientHeight };
    if (before.width === size.width && before.height === size.height) return;
    if (before.width > 0 && before.height > 0) resized();
  });
  observer.observe(container);
  return observer;
};
