import { Link, useLocation } from 'wouter';
import { DeviceBadge } from '../features/runtime/device-badge.tsx';
import { ModelHostBadge } from '../features/runtime/model-host-badge.tsx';
import { RejectedHostNotice } from '../features/runtime/rejected-host-notice.tsx';
import { RuntimeSettings } from '../features/runtime/runtime-settings.tsx';

const VIEWS = [
  { path: '/summarize', label: 'Summarize' },
  { path: '/tokenizer', label: 'Tokenizer' },
  { path: '/models', label: 'Models & offline' },
] as const;

export function Header() {
  const [location] = useLocation();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <h1 className="text-xl font-bold tracking-tight">
          Glass<span className="text-sky-700">pipe</span>
        </h1>
        <nav aria-label="Views">
          <ul className="flex gap-1">
            {VIEWS.map((view) => {
              const current = location === view.path;
              return (
                <li key={view.path}>
                  <Link
                    href={view.path}
                    aria-current={current ? 'page' : undefined}
                    className={`rounded px-3 py-1.5 text-sm ${current ? 'bg-slate-900 font-semibold text-white' : 'text-slate-700 hover:bg-slate-100'}`}
                  >
                    {view.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <ModelHostBadge />
          <DeviceBadge />
          <RuntimeSettings />
        </div>
      </div>
      <RejectedHostNotice />
    </header>
  );
}
