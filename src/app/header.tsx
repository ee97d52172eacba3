import { Link, useLocation } from 'wouter';
import { VIEWS } from '../features/registry.ts';
import { DeviceBadge } from './runtime/device-badge.tsx';
import { ModelHostBadge } from './runtime/model-host-badge.tsx';
import { RejectedHostNotice } from './runtime/rejected-host-notice.tsx';
import { RuntimeSettings } from './runtime/runtime-settings.tsx';

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
