import type { StateCreator } from 'zustand';
import { resolveHubUrl, type HubUrlSource, type ResolvedHub } from '../shared/model-host.ts';
import type { DeviceChoice, DtypeChoice, InjectedFault } from '../shared/protocol/index.ts';

export const HUB_STORAGE_KEY = 'glasspipe.hubUrl';

export interface SettingsSlice {
  hubUrl: string;
  hubFrom: HubUrlSource;
  /** Host values given at load but refused (e.g. `?hub=javascript:…`): shown until dismissed. */
  hubRejected: ResolvedHub['rejected'];
  dismissHubRejected(): void;
  device: DeviceChoice;
  dtype: DtypeChoice;
  faults: InjectedFault[];
  /** Saves a host for later visits and uses it now. */
  saveHubUrl(url: string | null): void;
  setDevice(device: DeviceChoice): void;
  setDtype(dtype: DtypeChoice): void;
}

export interface SettingsInit {
  queryHub: string | null;
  buildHub: string | undefined;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  device: DeviceChoice;
  dtype: DtypeChoice;
  faults: InjectedFault[];
}

export function createSettingsSlice(init: SettingsInit): StateCreator<SettingsSlice> {
  const saved = init.storage?.getItem(HUB_STORAGE_KEY) ?? null;
  const hub = resolveHubUrl({ queryParam: init.queryHub, saved, buildTime: init.buildHub });
  return (set) => ({
    hubUrl: hub.url,
    hubFrom: hub.from,
    hubRejected: hub.rejected,
    dismissHubRejected: () => set({ hubRejected: [] }),
    device: init.device,
    dtype: init.dtype,
    faults: init.faults,
    saveHubUrl: (url) => {
      if (url === null) init.storage?.removeItem(HUB_STORAGE_KEY);
      else init.storage?.setItem(HUB_STORAGE_KEY, url);
      const next = resolveHubUrl({ queryParam: null, saved: url, buildTime: init.buildHub });
      set({ hubUrl: next.url, hubFrom: next.from });
    },
    setDevice: (device) => set({ device }),
    setDtype: (dtype) => set({ dtype }),
  });
}
