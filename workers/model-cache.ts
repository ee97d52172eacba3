/**
 * Loaded models, keyed by (task, model, source, device, dtype). Caching the *promise* lets
 * concurrent jobs share one load; a failed load is evicted so the next job retries; and each
 * task keeps one model at a time: loading another disposes the one it replaces, because
 * browsers have little memory to spare and onnxruntime-web only frees it on dispose().
 */
export interface Disposable {
  dispose(): Promise<void>;
}

export class ModelCache<T extends Disposable> {
  private readonly entries = new Map<string, { slot: string; promise: Promise<T> }>();

  /** `slot` groups entries that replace one another (the task); `key` identifies one model. */
  get(slot: string, key: string, load: () => Promise<T>): Promise<T> {
    const fullKey = `${slot}\u0000${key}`;
    const existing = this.entries.get(fullKey);
    if (existing) return existing.promise;

    const promise = load();
    this.entries.set(fullKey, { slot, promise });
    promise.then(
      () => this.disposeOthersInSlot(slot, fullKey),
      () => {
        // Only evict our own entry: a newer load under the same key may have replaced it.
        if (this.entries.get(fullKey)?.promise === promise) this.entries.delete(fullKey);
      },
    );
    return promise;
  }

  /** Disposes and forgets every model (after their files were deleted). */
  clear(): void {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      void entry.promise.then((model) => model.dispose()).catch(() => undefined);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private disposeOthersInSlot(slot: string, keep: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.slot !== slot || key === keep) continue;
      this.entries.delete(key);
      void entry.promise.then((model) => model.dispose()).catch(() => undefined);
    }
  }
}
