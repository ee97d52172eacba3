import type { PaddingChoice, SpecialToken } from '../../shared/tokenization/types.ts';
import { PadTokenSelect } from './pad-token-select.tsx';
import { useLab } from './lab-store.ts';

function parsePadding(value: string): PaddingChoice {
  return value === 'longest' || value === 'max_length' ? value : false;
}

/** Hugging Face tokenizer call settings, under their Python names. */
export function SettingsPanel({
  modelMaxLength,
  defaultSide,
  ownPad,
  specialTokens,
}: {
  modelMaxLength: number | null;
  defaultSide: string;
  ownPad: string | null;
  specialTokens: readonly SpecialToken[];
}) {
  const settings = useLab((s) => s.settings);
  const set = useLab((s) => s.setLabSettings);
  return (
    <fieldset className="grid grid-cols-2 gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
      <legend className="px-1 font-medium">Settings</legend>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          data-testid="setting-add_special_tokens"
          checked={settings.add_special_tokens}
          onChange={(e) => set({ add_special_tokens: e.target.checked })}
        />
        <code>add_special_tokens</code>
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          data-testid="setting-truncation"
          checked={settings.truncation}
          onChange={(e) => set({ truncation: e.target.checked })}
        />
        <code>truncation</code>
      </label>
      <label className="block">
        <code>padding</code>
        <select
          data-testid="setting-padding"
          className="mt-1 block w-full rounded border border-slate-300 px-1 py-1"
          value={String(settings.padding)}
          onChange={(e) => set({ padding: parsePadding(e.target.value) })}
        >
          <option value="false">False (do not pad)</option>
          <option value="longest">longest</option>
          <option value="max_length">max_length</option>
        </select>
      </label>
      <label className="block">
        <code>max_length</code>
        <input
          type="number"
          min={1}
          data-testid="setting-max_length"
          className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
          placeholder={modelMaxLength === null ? 'none' : `model: ${modelMaxLength}`}
          value={settings.max_length ?? ''}
          onChange={(e) => {
            const n = Number(e.target.value);
            set({ max_length: e.target.value === '' || !Number.isInteger(n) || n < 1 ? null : n });
          }}
        />
      </label>
      <label className="block">
        <code>padding_side</code>
        <select
          data-testid="setting-padding_side"
          className="mt-1 block w-full rounded border border-slate-300 px-1 py-1"
          value={settings.padding_side ?? defaultSide}
          onChange={(e) => set({ padding_side: e.target.value === 'left' ? 'left' : 'right' })}
        >
          <option value="right">right</option>
          <option value="left">left</option>
        </select>
      </label>
      <p className="self-end text-xs text-slate-600" data-testid="model-max-length">
        <code>model_max_length</code>: {modelMaxLength ?? 'not set'}
      </p>
      <PadTokenSelect
        value={settings.pad_token}
        ownPad={ownPad}
        specialTokens={specialTokens}
        onChange={(pad_token) => set({ pad_token })}
      />
    </fieldset>
  );
}
