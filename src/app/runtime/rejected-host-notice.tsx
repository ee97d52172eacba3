import { useAppStore } from '../../lib/app-context.tsx';

const SOURCE: Record<'query' | 'saved' | 'build', string> = {
  query: 'The hub= address in this link',
  saved: 'The saved model host',
  build: 'The build-time VITE_HF_ENDPOINT',
};

/** Says that a model host given at load was refused and which host is used instead. */
export function RejectedHostNotice() {
  const rejected = useAppStore((s) => s.hubRejected);
  const hubUrl = useAppStore((s) => s.hubUrl);
  const dismiss = useAppStore((s) => s.dismissHubRejected);
  if (rejected.length === 0) return null;
  return (
    <div
      role="alert"
      data-testid="hub-rejected"
      className="mx-auto mt-3 flex max-w-7xl items-start gap-3 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-sm text-amber-950 [overflow-wrap:anywhere]"
    >
      <ul className="flex-1 space-y-1">
        {rejected.map((r) => (
          <li key={`${r.from}:${r.value}`}>
            <span aria-hidden="true">⚠ </span>
            {SOURCE[r.from]} was refused: <code className="font-mono">{r.value}</code> — {r.reason}. Models
            load from <code className="font-mono">{hubUrl}</code> instead.
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="rounded border border-amber-600 bg-white px-2 py-0.5"
        onClick={dismiss}
      >
        Dismiss
      </button>
    </div>
  );
}
