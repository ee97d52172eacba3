import { useAppStore } from '../../app/app-context.tsx';
import type { GenerationSettings } from '../../shared/generation-settings.ts';

type NumericSetting =
  | 'num_beams'
  | 'max_length'
  | 'min_length'
  | 'no_repeat_ngram_size'
  | 'length_penalty'
  | 'temperature'
  | 'top_k'
  | 'top_p';

const NUMERIC: Array<{
  name: NumericSetting;
  label: string;
  help: string;
  min: number;
  max: number;
  step: number;
}> = [
  {
    name: 'num_beams',
    label: 'Beams',
    help: 'How many hypotheses beam search keeps at each step; 1 = greedy.',
    min: 1,
    max: 8,
    step: 1,
  },
  {
    name: 'max_length',
    label: 'Max length',
    help: 'Longest summary, in tokens (counting the start token).',
    min: 1,
    max: 1024,
    step: 1,
  },
  {
    name: 'min_length',
    label: 'Min length',
    help: 'End-of-text is forbidden before this many tokens.',
    min: 0,
    max: 1024,
    step: 1,
  },
  {
    name: 'no_repeat_ngram_size',
    label: 'No-repeat n-gram',
    help: 'No n-gram of this size appears twice; 0 = off.',
    min: 0,
    max: 10,
    step: 1,
  },
  {
    name: 'length_penalty',
    label: 'Length penalty',
    help: 'Beam scores are divided by length^penalty: > 1 favours longer summaries.',
    min: -5,
    max: 5,
    step: 0.1,
  },
  {
    name: 'temperature',
    label: 'Temperature',
    help: 'Sampling only: < 1 sharpens, > 1 flattens the distribution.',
    min: 0.05,
    max: 5,
    step: 0.05,
  },
  {
    name: 'top_k',
    label: 'Top-k',
    help: 'Sampling only: keep the k most likely tokens; 0 = off.',
    min: 0,
    max: 1000,
    step: 1,
  },
  {
    name: 'top_p',
    label: 'Top-p',
    help: 'Sampling only: keep the smallest set of tokens with this total probability.',
    min: 0,
    max: 1,
    step: 0.01,
  },
];

/** Generation settings with Hugging Face names; empty means "the model's default". */
export function GenerationSettingsPanel() {
  const settings = useAppStore((s) => s.summarize.generation);
  const setGeneration = useAppStore((s) => s.setGeneration);
  const reset = useAppStore((s) => s.resetGeneration);
  const setNumber = (name: NumericSetting, raw: string) => {
    const value = raw === '' ? undefined : Number(raw);
    setGeneration({
      [name]: value !== undefined && Number.isFinite(value) ? value : undefined,
    } satisfies Partial<GenerationSettings>);
  };
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm" open>
      <summary className="cursor-pointer font-medium">Generation settings</summary>
      <div data-testid="generation-settings" className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {NUMERIC.map((s) => (
          <label key={s.name} className="text-xs font-semibold" title={s.help}>
            {s.label} <code className="font-normal text-slate-500">{s.name}</code>
            <input
              type="number"
              data-testid={`setting-${s.name}`}
              className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 font-normal"
              min={s.min}
              max={s.max}
              step={s.step}
              placeholder="model default"
              value={settings[s.name] ?? ''}
              onChange={(e) => setNumber(s.name, e.target.value)}
            />
            <span className="mt-0.5 block font-normal text-slate-600">{s.help}</span>
          </label>
        ))}
        <label className="flex items-center gap-2 self-start text-xs font-semibold">
          <input
            type="checkbox"
            data-testid="setting-do_sample"
            checked={settings.do_sample ?? false}
            onChange={(e) => setGeneration({ do_sample: e.target.checked })}
          />
          Sample <code className="font-normal text-slate-500">do_sample</code>
        </label>
      </div>
      <button type="button" className="mt-3 text-xs text-sky-800 underline" onClick={reset}>
        Reset to model defaults
      </button>
    </details>
  );
}
