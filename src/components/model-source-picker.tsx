import { useId, type ReactNode } from 'react';

type Location = 'hub' | 'local';

interface Props {
  label: string;
  /** The input's id and test id (the automation contract names them). */
  inputId: string;
  locationTestId?: string;
  model: string;
  location: Location;
  options: ReadonlyArray<{ value: string; label: string }>;
  note: ReactNode;
  locationDisabled?: boolean;
  onModel(model: string): void;
  onLocation(location: Location): void;
}

/** A model id (typed, or picked from suggestions) and where it comes from: the model host or the app's folder. */
export function ModelSourcePicker(props: Props) {
  const id = useId();
  return (
    <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
      <div>
        <label htmlFor={props.inputId} className="block text-sm font-medium">
          {props.label}
        </label>
        <input
          id={props.inputId}
          data-testid={props.inputId}
          list={`${id}-options`}
          spellCheck={false}
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
          value={props.model}
          onChange={(e) => props.onModel(e.target.value)}
          aria-describedby={`${id}-note`}
        />
        <datalist id={`${id}-options`}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </datalist>
        <p id={`${id}-note`} className="mt-1 text-xs text-slate-600">
          {props.note}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-location`} className="block text-sm font-medium">
          Source
        </label>
        <select
          id={`${id}-location`}
          data-testid={props.locationTestId}
          className="mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          value={props.location}
          disabled={props.locationDisabled}
          onChange={(e) => props.onLocation(e.target.value === 'local' ? 'local' : 'hub')}
        >
          <option value="hub">Model host</option>
          <option value="local">Local folder</option>
        </select>
      </div>
    </div>
  );
}
