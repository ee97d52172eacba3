/**
 * Collects items and hands them over once per animation frame, so a burst of worker events
 * (one per generated token) becomes one store update and one render.
 */
export function createFrameBatcher<T>(
  flush: (items: T[]) => void,
  schedule: (cb: () => void) => void = (cb) =>
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => cb()) : setTimeout(cb, 16),
): (item: T) => void {
  let pending: T[] = [];
  let scheduled = false;
  return (item) => {
    pending.push(item);
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      const items = pending;
      pending = [];
      flush(items);
    });
  };
}
