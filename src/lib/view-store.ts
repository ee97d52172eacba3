import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';

/**
 * A view's own store (its inputs and settings), created the first time the view uses it, so its
 * initial state can read the URL and local storage then. The app store knows nothing of it:
 * a new view adds no slice to src/store/.
 */
export function viewStore<T>(init: () => StateCreator<T>): () => UseBoundStore<StoreApi<T>> {
  let store: UseBoundStore<StoreApi<T>> | null = null;
  return () => (store ??= create<T>()(init()));
}
