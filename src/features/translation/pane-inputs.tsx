import { useId } from 'react';
import { ModelSourcePicker } from '../../components/model-source-picker.tsx';
import { TestModelBadge } from '../../components/test-model-badge.tsx';
import { TRANSLATION_MODELS, type TranslationStyle } from '../../shared/model-catalog.ts';
import type { ModelFactsResult } from '../../shared/protocol/index.ts';
import type { LanguageOption } from './pane-model.ts';
import type { PaneId, PaneInputs } from './translation-inputs.ts';
import { useTranslation } from './translation-store.ts';

const OPTIONS = TRANSLATION_MODELS.map((m) => ({ value: m.id, label: m.label }));

const STYLE_NOTE: Record<TranslationStyle, string> = {
  pair: 'A dedicated pair model: it translates one direction, with no instruction.',
  instruction: 'A general model told what to do: the instruction below goes before the text.',
  multilingual:
    'A multilingual model: the source language token goes first, the target is forced as the first output token.',
};

interface Props {
  pane: PaneId;
  inputs: PaneInputs;
  style: TranslationStyle;
  facts: ModelFactsResult | null;
  options: { src: LanguageOption[]; tgt: LanguageOption[] };
  languages: { src: string | null; tgt: string | null };
  /** The instruction the model itself would get for the pair (shown until the person edits it). */
  modelPrefix: string;
}

function LanguageSelect(props: {
  label: string;
  testId: string;
  value: string | null;
  options: LanguageOption[];
  onChange(code: string): void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-semibold">
        {props.label}
      </label>
      <select
        id={id}
        data-testid={props.testId}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-1 py-1 text-sm"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One pane's model, languages and instruction. */
export function PaneInputsPanel({ pane, inputs, style, facts, options, languages, modelPrefix }: Props) {
  const setPane = useTranslation((s) => s.setPane);
  const prefixId = useId();
  const known = TRANSLATION_MODELS.find((m) => m.id === inputs.model);
  const prefix = inputs.prefix ?? modelPrefix;
  return (
    <div className="space-y-3">
      <ModelSourcePicker
        label={`Model ${pane.toUpperCase()}`}
        inputId={`translation-model-${pane}`}
        model={inputs.model}
        location={inputs.location}
        options={OPTIONS}
        note={
          <>
            <TestModelBadge model={inputs.model} />
            {known?.note ?? STYLE_NOTE[style]}
          </>
        }
        // Another model: its own languages and instruction apply until the person picks others.
        onModel={(model) => setPane(pane, { model, prefix: null, srcLang: null, tgtLang: null })}
        onLocation={(location) => setPane(pane, { location })}
      />
      {style !== 'pair' && (
        <div className="grid grid-cols-2 gap-2">
          <LanguageSelect
            label={style === 'multilingual' ? 'Source language (src_lang)' : 'From'}
            testId="setting-src_lang"
            value={languages.src}
            options={options.src}
            onChange={(code) => setPane(pane, { srcLang: code })}
          />
          <LanguageSelect
            label={style === 'multilingual' ? 'Target language (tgt_lang)' : 'To'}
            testId="setting-tgt_lang"
            value={languages.tgt}
            options={options.tgt}
            onChange={(code) => setPane(pane, { tgtLang: code, prefix: null })}
          />
        </div>
      )}
      {style === 'multilingual' && facts && (
        <p className="text-xs text-slate-600">
          {facts.languageCodes.length} language codes from the tokenizer.
        </p>
      )}
      <div>
        <label htmlFor={prefixId} className="block text-xs font-semibold">
          Instruction before the text {style === 'instruction' && '(from the model’s task_specific_params)'}
        </label>
        <div className="mt-1 flex gap-1">
          <input
            id={prefixId}
            data-testid={`translation-prefix-${pane}`}
            className="block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm"
            value={prefix}
            placeholder="none"
            onChange={(e) => setPane(pane, { prefix: e.target.value })}
          />
          {inputs.prefix !== null && inputs.prefix !== modelPrefix && (
            <button
              type="button"
              className="shrink-0 rounded border border-slate-300 px-2 text-xs"
              onClick={() => setPane(pane, { prefix: null })}
            >
              Model’s
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
