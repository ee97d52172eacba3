import type { CachedModelInfo } from '../../shared/protocol/index.ts';
import { isCached, offlineNeed, type OfflineTarget } from '../../shared/offline-targets.ts';

interface Props {
  targets: Array<OfflineTarget & { id: string }>;
  models: CachedModelInfo[] | null;
  hubUrl: string;
  appShellOffline: boolean;
}

function Item({ ok, children, testId }: { ok: boolean; children: React.ReactNode; testId: string }) {
  return (
    <li data-testid={testId} data-ready={ok} className="flex gap-2">
      <span aria-hidden="true" className={ok ? 'text-emerald-700' : 'text-red-700'}>
        {ok ? '✓' : '✗'}
      </span>
      <span>
        <span className="sr-only">{ok ? 'Ready: ' : 'Not ready: '}</span>
        {children}
      </span>
    </li>
  );
}

/** What would work right now without the network, view by view. */
export function ReadinessChecklist({ targets, models, hubUrl, appShellOffline }: Props) {
  return (
    <ul className="space-y-1 text-sm" data-testid="offline-readiness">
      <Item ok={appShellOffline} testId="ready-app">
        The app itself {appShellOffline ? 'loads' : 'does not load yet'} without the network
        {appShellOffline ? '' : ' (visit once with the network on; the service worker stores it)'}.
      </Item>
      {targets.map((t) => {
        const ok = models !== null && isCached(models, t, hubUrl);
        return (
          <Item key={t.id} ok={ok} testId={`ready-${t.id}`}>
            {t.view}: <code>{t.model}</code> {ok ? 'is stored in this browser' : offlineNeed(t, hubUrl)}.
          </Item>
        );
      })}
      <Item ok testId="ready-extractive">
        Summarize with an extractive method (Lead, TextRank): always, no model needed.
      </Item>
    </ul>
  );
}
