import { useRef, type KeyboardEvent } from 'react';
import { HUB_TABS, TAB_LABELS, type HubTab } from './hub-inputs.ts';

export const tabId = (tab: HubTab) => `hub-tab-${tab}`;
export const panelId = (tab: HubTab) => `hub-panel-${tab}`;

interface Props {
  tab: HubTab;
  onTab(tab: HubTab): void;
  /** Shown after a tab's label (Compare's count). */
  counts?: Partial<Record<HubTab, number>>;
}

/** Search | Compare | Families, as a tab list: arrow keys, Home and End move between tabs. */
export function HubTabs({ tab, onTab, counts = {} }: Props) {
  const buttons = useRef<Partial<Record<HubTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const at = HUB_TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: (at + 1) % HUB_TABS.length,
      ArrowLeft: (at - 1 + HUB_TABS.length) % HUB_TABS.length,
      Home: 0,
      End: HUB_TABS.length - 1,
    };
    const next = HUB_TABS[moves[e.key] ?? -1];
    if (next === undefined) return;
    e.preventDefault();
    onTab(next);
    buttons.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Hub"
      className="flex gap-1 border-b border-slate-200"
      onKeyDown={onKeyDown}
    >
      {HUB_TABS.map((t) => {
        const selected = t === tab;
        const count = counts[t];
        return (
          <button
            key={t}
            ref={(el) => {
              buttons.current[t] = el;
            }}
            type="button"
            role="tab"
            id={tabId(t)}
            aria-selected={selected}
            aria-controls={selected ? panelId(t) : undefined}
            tabIndex={selected ? 0 : -1}
            data-testid={`hub-tab-${t}`}
            onClick={() => onTab(t)}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm focus-visible:ring-2 focus-visible:ring-sky-600 ${selected ? 'border-slate-200 border-b-white bg-white font-semibold' : 'border-transparent text-slate-700 hover:bg-slate-100'}`}
          >
            {TAB_LABELS[t]}
            {count !== undefined && count > 0 && ` (${count})`}
          </button>
        );
      })}
    </div>
  );
}
