import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { JobActions } from './job-actions.ts';
import type { AppState, AppStore } from '../store/store.ts';

interface AppServices {
  store: AppStore;
  actions: JobActions;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <AppContext.Provider value={services}>{children}</AppContext.Provider>;
}

function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('AppProvider is missing');
  return services;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}

/** The store itself, for reading state at event time without subscribing to it. */
export function useAppStoreApi(): AppStore {
  return useServices().store;
}

export function useJobActions(): JobActions {
  return useServices().actions;
}
