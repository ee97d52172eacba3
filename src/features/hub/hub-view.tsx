import { ComparePanel } from './compare-panel.tsx';
import { FamiliesPanel } from './families-panel.tsx';
import { useHub } from './hub-store.ts';
import { HubTabs, panelId, tabId } from './hub-tabs.tsx';
import { ModelDetail } from './model-detail.tsx';
import { SearchPanel } from './search-panel.tsx';
import { useHubUrl } from './use-hub-url.ts';

/**
 * The Hub: search models with the Hub's own filters, open one to see its sizes per dtype and
 * whether each runs here, compare a few, or browse model families by size. The worker reads the
 * host; this view only posts jobs and shows their results.
 */
export function HubView() {
  useHubUrl();
  const tab = useHub((s) => s.tab);
  const model = useHub((s) => s.model);
  const compareCount = useHub((s) => s.compare.length);
  const set = useHub((s) => s.set);
  const openModel = useHub((s) => s.openModel);
  const setCompare = useHub((s) => s.setCompare);
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">Hub</h2>
        <p className="text-sm text-slate-700">
          Find a model on the model host, see what each of its dtypes downloads and whether it runs in this
          browser, and open it in the view of its task.
        </p>
      </div>
      <HubTabs tab={tab} onTab={(t) => set({ tab: t })} counts={{ compare: compareCount }} />
      <div className={model !== null ? 'grid gap-6 lg:grid-cols-2' : ''}>
        <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="min-w-0">
          {tab === 'search' && <SearchPanel />}
          {tab === 'compare' && <ComparePanel />}
          {tab === 'families' && <FamiliesPanel onOpen={openModel} onCompare={setCompare} />}
        </div>
        {model !== null && <ModelDetail model={model} />}
      </div>
    </div>
  );
}
