import { useId, type ReactNode } from 'react';
import { LICENSE_CHOICES, LICENSE_GROUP_LABELS } from '../../shared/hub/license-groups.ts';
import { LICENSE_GROUPS } from '../../shared/protocol/index.ts';
import { HUB_SORTS, LANGUAGE_CODES, SORT_LABELS } from './hub-inputs.ts';
import { groupValue } from './hub-query.ts';
import { useHub } from './hub-store.ts';
import { FILTER_TASKS } from './url-state.ts';

const FIELD =
  'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:ring-2 focus-visible:ring-sky-600';

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The search text and the filters; each change posts a new search (the text after a pause). */
export function SearchFilters() {
  const id = useId();
  const q = useHub((s) => s.q);
  const task = useHub((s) => s.task);
  const browser = useHub((s) => s.browser);
  const license = useHub((s) => s.license);
  const lang = useHub((s) => s.lang);
  const sort = useHub((s) => s.sort);
  const set = useHub((s) => s.set);
  const langKnown = lang === '' || LANGUAGE_CODES.some((l) => l.code === lang);
  return (
    <form role="search" className="space-y-3" onSubmit={(e) => e.preventDefault()}>
      <Field id={`${id}-q`} label="Search models (part of the id, owner included)">
        <input
          id={`${id}-q`}
          type="search"
          data-testid="hub-search"
          className={FIELD}
          value={q}
          placeholder="distilbart, Xenova/, t5-small"
          onChange={(e) => set({ q: e.target.value })}
          spellCheck={false}
          autoComplete="off"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Field id={`${id}-task`} label="Task">
          <select
            id={`${id}-task`}
            data-testid="hub-filter-task"
            className={FIELD}
            value={task}
            onChange={(e) => set({ task: e.target.value })}
          >
            <option value="">Any task</option>
            {FILTER_TASKS.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-license`} label="License">
          <select
            id={`${id}-license`}
            data-testid="hub-filter-license"
            className={FIELD}
            value={license}
            onChange={(e) => set({ license: e.target.value })}
          >
            <option value="">Any license</option>
            <optgroup label="Groups (filtered here)">
              {LICENSE_GROUPS.map((g) => (
                <option key={g} value={groupValue(g)}>
                  {LICENSE_GROUP_LABELS[g]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Exact licenses">
              {LICENSE_CHOICES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label} ({c.id})
                </option>
              ))}
            </optgroup>
          </select>
        </Field>
        <Field id={`${id}-lang`} label="Language">
          <select
            id={`${id}-lang`}
            data-testid="hub-filter-language"
            className={FIELD}
            value={lang}
            onChange={(e) => set({ lang: e.target.value })}
          >
            <option value="">Any language</option>
            {!langKnown && <option value={lang}>{lang}</option>}
            {LANGUAGE_CODES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-sort`} label="Sort">
          <select
            id={`${id}-sort`}
            data-testid="hub-sort"
            className={FIELD}
            value={sort}
            onChange={(e) => set({ sort: HUB_SORTS.find((s) => s === e.target.value) ?? 'downloads' })}
          >
            {HUB_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1 focus-visible:ring-2 focus-visible:ring-sky-600"
          data-testid="hub-filter-library"
          checked={browser}
          onChange={(e) => set({ browser: e.target.checked })}
        />
        <span>Runs in this browser (transformers.js): only models tagged for it, with ONNX weights</span>
      </label>
    </form>
  );
}
