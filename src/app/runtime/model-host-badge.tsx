import { useAppStore } from '../../lib/app-context.tsx';
import { DEFAULT_HUB_URL } from '../../shared/model-host.ts';

/** The model host in use, always visible; a warning style when it is not the Hub. */
export function ModelHostBadge() {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const from = useAppStore((s) => s.hubFrom);
  const custom = hubUrl !== DEFAULT_HUB_URL;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs ${custom ? 'border-amber-500 bg-amber-50 text-amber-900' : 'border-slate-300 bg-slate-50'}`}
      title={
        custom
          ? `Models load from a custom host (set by ${from}), not the Hugging Face Hub.`
          : 'Models load from the Hugging Face Hub.'
      }
    >
      {custom && <span aria-hidden="true">⚠</span>}
      <span>Model host{custom ? ' (custom)' : ''}:</span>
      <span data-testid="model-host" className="font-mono">
        {hubUrl}
      </span>
    </span>
  );
}
