import { useAppStore } from '../../lib/app-context.tsx';
import { isAppTask, viewForTask } from '../../shared/hub/task-views.ts';
import type { HubModelDetail } from '../../shared/protocol/index.ts';
import { MAX_COMPARE } from './hub-inputs.ts';
import { hubModelUrl, taskViewHref } from './hub-links.ts';
import { useHub } from './hub-store.ts';

const FOCUS = 'focus-visible:ring-2 focus-visible:ring-sky-600';
const ACTION = `rounded border border-slate-400 bg-white px-2 py-1 text-sm ${FOCUS}`;
const PRIMARY = `rounded bg-slate-900 px-2 py-1 text-sm font-semibold text-white ${FOCUS}`;

/** Open the model in the view of its task (a page load, which is when views read `model=`), compare it, or see it on the Hub. */
export function ModelActions({ d }: { d: HubModelDetail }) {
  const host = useAppStore((s) => s.hubUrl);
  const device = useAppStore((s) => s.device);
  const dtype = useAppStore((s) => s.dtype);
  const compare = useHub((s) => s.compare);
  const addCompare = useHub((s) => s.addCompare);
  const view = viewForTask(d.pipelineTag);
  const href = taskViewHref({
    pathname: window.location.pathname,
    search: window.location.search,
    path: view.path,
    model: d.id,
    hubUrl: host,
    device,
    dtype,
  });
  const inCompare = compare.includes(d.id);
  const full = compare.length >= MAX_COMPARE;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href={href} data-testid="hub-use-model" className={PRIMARY}>
        Use in {view.label}
      </a>
      <button
        type="button"
        data-testid="hub-add-compare"
        className={`${ACTION} disabled:opacity-60`}
        disabled={inCompare || full}
        onClick={() => addCompare(d.id)}
      >
        {inCompare ? 'In compare' : full ? `Compare is full (${MAX_COMPARE})` : 'Add to compare'}
      </button>
      <a
        href={hubModelUrl(host, d.id)}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="hub-open-on-hub"
        className="text-sm text-sky-800 underline"
      >
        Open on the Hub
      </a>
      {!isAppTask(d.pipelineTag) && (
        <p className="w-full text-xs text-slate-600">
          No view of this app runs {d.pipelineTag ?? 'a model without a task'}; the Tokenizer lab opens its
          tokenizer.
        </p>
      )}
    </div>
  );
}
