/**
 * What a pane offers and sends, from the model's facts (its `task_specific_params` pairs and its
 * tokenizer's language codes) or, before they are known, the catalog's entry for the model.
 */
import { TRANSLATION_MODELS, type TranslationStyle } from '../../shared/model-catalog.ts';
import type { ModelFactsResult, TranslateJob } from '../../shared/protocol/index.ts';
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import { languageName, translationPairs } from '../../shared/translation/languages.ts';
import type { PaneInputs } from './translation-inputs.ts';

/** Targets T5-style models are often asked for although they were not trained on them. */
const UNTRAINED_TARGETS = ['es', 'it', 'pt', 'nl'];

export function paneStyle(model: string, facts: ModelFactsResult | null): TranslationStyle {
  if (facts && facts.model === model) {
    if (facts.languageCodes.length > 0) return 'multilingual';
    return facts.taskParams.some((p) => p.key.startsWith('translation_')) ? 'instruction' : 'pair';
  }
  return TRANSLATION_MODELS.find((m) => m.id === model)?.style ?? 'pair';
}

export interface LanguageOption {
  code: string;
  label: string;
}

/** The languages a pane offers for source and target. */
export function languageOptions(
  style: TranslationStyle,
  facts: ModelFactsResult | null,
): { src: LanguageOption[]; tgt: LanguageOption[] } {
  if (style === 'multilingual') {
    const codes = (facts?.languageCodes ?? []).map((code) => ({ code, label: code }));
    return { src: codes, tgt: codes };
  }
  if (style !== 'instruction' || !facts) return { src: [], tgt: [] };
  const pairs = translationPairs({
    task_specific_params: Object.fromEntries(facts.taskParams.map((p) => [p.key, { prefix: p.prefix }])),
  });
  const sources = [...new Set(pairs.map((p) => p.src))];
  const trained = [...new Set(pairs.map((p) => p.tgt))];
  const untrained = UNTRAINED_TARGETS.filter((c) => !trained.includes(c) && !sources.includes(c));
  return {
    src: sources.map((code) => ({ code, label: languageName(code) })),
    tgt: [
      ...trained.map((code) => ({ code, label: languageName(code) })),
      ...untrained.map((code) => ({ code, label: `${languageName(code)} (not trained)` })),
    ],
  };
}

/** The language a pane uses: the person's, else the model's first (English and Spanish when there). */
export function effectiveLanguages(
  pane: PaneInputs,
  style: TranslationStyle,
  options: { src: LanguageOption[]; tgt: LanguageOption[] },
): { src: string | null; tgt: string | null } {
  if (style === 'pair') return { src: null, tgt: null };
  const pick = (list: LanguageOption[], preferred: readonly string[]) =>
    preferred.find((c) => list.some((o) => o.code === c)) ?? list[0]?.code ?? null;
  return {
    src: pane.srcLang ?? pick(options.src, ['eng_Latn', '__en__', 'en']),
    tgt: pane.tgtLang ?? pick(options.tgt, ['spa_Latn', '__es__', 'ro']),
  };
}

/** The instruction the model would get for the pair: its `task_specific_params` prefix. */
export function modelPrefix(facts: ModelFactsResult | null, src: string | null, tgt: string | null): string {
  if (!facts || src === null || tgt === null) return '';
  return facts.taskParams.find((p) => p.key === `translation_${src}_to_${tgt}`)?.prefix ?? '';
}

export function paneJob(
  text: string,
  pane: PaneInputs,
  languages: { src: string | null; tgt: string | null },
  generation: GenerationSettings,
  chunking: boolean,
): TranslateJob {
  return {
    kind: 'translate',
    model: pane.model.trim(),
    text,
    generation,
    chunking: chunking ? 'auto' : 'off',
    ...(languages.src ? { srcLang: languages.src } : {}),
    ...(languages.tgt ? { tgtLang: languages.tgt } : {}),
    ...(pane.prefix === null ? {} : { prefix: pane.prefix }),
  };
}
