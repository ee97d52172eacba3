/**
 * Loaded models, keyed by slot (what replaces what: a kind of model) and key (source, model,
 * device, dtype). Caching the *promise* lets concurrent jobs share one load; a failed load is
 * evicted so the next job retries; and each slot keeps at most `capacity(slot)` models, the
 * least recently used going first, because browsers have little memory to spare and
 * onnxruntime-web only frees it on dispose().
 */
export interface Disposable {
  dispose(): Promise<void>;
}

interface Entry<T> {
  slot: string;
  promise: Promise<T>;
}

export class ModelCache<T extends Disposable> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly capacity: (slot: string) => number = () => 1) {}

  get(slot: string, key: string, load: () => Promise<T>): Promise<T> {
    const fullKey = `${slot}\u0000${key}`;
    const existing = this.entries.get(fullKey);
    if (existing) {
      this.entries.delete(fullKey);
      this.entries.set(fullKey, existing);
      return existing.promise;
    }
    const promise = load();
    this.entries.set(fullKey, { slot, promise });
    promise.then(
      () => this.trim(slot, fullKey),
      () => {
        // Only evict our own entry: a newer load under the same key may have replaced it.
        if (this.entries.get(fullKey)?.promise === promise) this.entries.delete(fullKey);
      },
    );
    return promise;
  }

  /** Disposes and forgets every model (after their files were deleted). */
  clear(): void {
    for (const [key, entry] of this.entries) this.evict(key, entry);
  }

  get size(): number {
    return this.entries.size;
  }

  private trim(slot: string, keep: string): void {
    const inSlot = [...this.entries].filter(([key, entry]) => entry.slot === slot && key !== keep);
    const excess = inSlot.length + 1 - Math.max(1, this.capacity(slot));
    for (const [key, entry] of inSlot.slice(0, Math.max(0, excess))) this.evict(key, entry);
  }

  private evict(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    void entry.promise.then((model) => model.dispose()).catch(() => undefined);
  }
}
