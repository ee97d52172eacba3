import type { GenerationSettings, ResolvedSettings } from '../../shared/generation-settings.ts';

type NumericSetting =
  | 'num_beams'
  | 'max_length'
  | 'min_length'
  | 'max_new_tokens'
  | 'min_new_tokens'
  | 'no_repeat_ngram_size'
  | 'length_penalty'
  | 'num_return_sequences'
  | 'repetition_penalty'
  | 'temperature'
  | 'top_k'
  | 'top_p'
  | 'seed';

interface Field {
  name: NumericSetting;
  label: string;
  help: string;
  min: number;
  max: number;
  step: number;
}

const FIELDS: Field[] = [
  {
    name: 'num_beams',
    label: 'Beams',
    help: 'Hypotheses kept per step; 1 = greedy.',
    min: 1,
    max: 8,
    step: 1,
  },
  {
    name: 'num_return_sequences',
    label: 'Sequences',
    help: 'Finished hypotheses to return (≤ beams).',
    min: 1,
    max: 8,
    step: 1,
  },
  {
    name: 'length_penalty',
    label: 'Length penalty',
    help: 'Beam scores ÷ length^penalty: > 0 favours longer summaries.',
    min: -5,
    max: 5,
    step: 0.1,
  },
  {
    name: 'max_length',
    label: 'Max length',
    help: 'Longest output in tokens, counting the start token.',
    min: 1,
    max: 1024,
    step: 1,
  },
  {
    name: 'min_length',
    label: 'Min length',
    help: 'End-of-text is forbidden before this length.',
    min: 0,
    max: 1024,
    step: 1,
  },
  {
    name: 'max_new_tokens',
    label: 'Max new tokens',
    help: 'When set, wins over max length.',
    min: 1,
    max: 1024,
    step: 1,
  },
  {
    name: 'min_new_tokens',
    label: 'Min new tokens',
    help: 'When set, wins over min length.',
    min: 0,
    max: 1024,
    step: 1,
  },
  {
    name: 'no_repeat_ngram_size',
    label: 'No-repeat n-gram',
    help: 'No n-gram of this size twice; 0 = off.',
    min: 0,
    max: 10,
    step: 1,
  },
  {
    name: 'repetition_penalty',
    label: 'Repetition penalty',
    help: 'Divides the logits of tokens already used; 1 = off.',
    min: 0.1,
    max: 5,
    step: 0.05,
  },
  {
    name: 'temperature',
    label: 'Temperature',
    help: 'Sampling: < 1 sharpens, > 1 flattens.',
    min: 0.05,
    max: 5,
    step: 0.05,
  },
  {
    name: 'top_k',
    label: 'Top-k',
    help: 'Sampling: keep the k likeliest tokens; 0 = off.',
    min: 0,
    max: 1000,
    step: 1,
  },
  {
    name: 'top_p',
    label: 'Top-p',
    help: 'Sampling: keep the likeliest tokens up to this total probability.',
    min: 0,
    max: 1,
    step: 0.01,
  },
  {
    name: 'seed',
    label: 'Seed',
    help: 'Sampling: the same seed gives the same text.',
    min: 0,
    max: 2 ** 31 - 1,
    step: 1,
  },
];

function shown(value: unknown): string {
  return value === null || value === undefined ? 'none' : String(value);
}

interface Props {
  settings: GenerationSettings;
  /** The values the last run used (the model's defaults with the overrides), once known. */
  inForce: ResolvedSettings | null;
  onChange(patch: Partial<GenerationSettings>): void;
  onReset(): void;
  /** The settings this view offers, when not all of them (Generate has no max_length or length_penalty). */
  only?: ReadonlyArray<keyof GenerationSettings>;
}

/** Generation settings with Hugging Face names; empty = the model's default, shown once known. */
export function GenerationSettingsPanel({
  settings,
  inForce: defaults,
  onChange: setGeneration,
  onReset: reset,
  only,
}: Props) {
  const offered = (name: keyof GenerationSettings) => only === undefined || only.includes(name);
  const setNumber = (name: NumericSetting, raw: string) => {
    const value = raw === '' ? undefined : Number(raw);
    const patch: Partial<GenerationSettings> = {
      [name]: value !== undefined && Number.isFinite(value) ? value : undefined,
    };
    setGeneration(patch);
  };
  const placeholder = (name: keyof GenerationSettings) =>
    defaults ? `in force: ${shown(defaults[name])}` : 'model default';
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm" open>
      <summary className="cursor-pointer font-medium">Generation settings</summary>
      <p className="mt-1 text-xs text-slate-600">
        Empty fields use the model’s <code>generation_config.json</code> and <code>task_specific_params</code>
        ; the values in force appear after a run.
      </p>
      <div data-testid="generation-settings" className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {FIELDS.filter((f) => offered(f.name)).map((f) => (
          <label key={f.name} className="text-xs font-semibold">
            {f.label} <code className="font-normal text-slate-500">{f.name}</code>
            <input
              type="number"
              data-testid={`setting-${f.name}`}
              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 font-normal"
              min={f.min}
              max={f.max}
              step={f.step}
              placeholder={placeholder(f.name)}
              value={settings[f.name] ?? ''}
              onChange={(e) => setNumber(f.name, e.target.value)}
            />
            <span className="mt-0.5 block font-normal text-slate-600">{f.help}</span>
          </label>
        ))}
        {offered('early_stopping') && (
          <label className="text-xs font-semibold">
            Early stopping <code className="font-normal text-slate-500">early_stopping</code>
            <select
              data-testid="setting-early_stopping"
              className="mt-1 block w-full rounded border border-slate-300 px-1 py-1 font-normal"
              value={settings.early_stopping === undefined ? '' : String(settings.early_stopping)}
              onChange={(e) => {
                const v = e.target.value;
                setGeneration({
                  early_stopping: v === '' ? undefined : v === 'never' ? 'never' : v === 'true',
                });
              }}
            >
              <option value="">{placeholder('early_stopping')}</option>
              <option value="true">true: stop when num_beams hypotheses are done</option>
              <option value="false">false: stop when no beam can do better (heuristic)</option>
              <option value="never">never: stop only when no beam can do better (exact)</option>
            </select>
          </label>
        )}
        {offered('do_sample') && (
          <label className="flex items-center gap-2 self-start text-xs font-semibold">
            <input
              type="checkbox"
              data-testid="setting-do_sample"
              checked={settings.do_sample ?? defaults?.do_sample ?? false}
              onChange={(e) => setGeneration({ do_sample: e.target.checked })}
            />
            Sample <code className="font-normal text-slate-500">do_sample</code>
          </label>
        )}
      </div>
      <button type="button" className="mt-3 text-xs text-sky-800 underline" onClick={reset}>
        Reset to model defaults
      </button>
    </details>
  );
}
