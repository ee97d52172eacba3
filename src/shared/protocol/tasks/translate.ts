import type { GenerationSettings } from '../../generation-settings.ts';
import type { GenerationOutput } from '../generation.ts';

/**
 * Translation with a seq2seq model, three ways: a dedicated pair model (opus-mt: no languages),
 * a general model given an instruction (T5: `translate English to Romanian: `, from its
 * `task_specific_params.translation_en_to_ro`), or a multilingual model told the languages
 * (NLLB/M2M100: `src_lang` as the first input token, `tgt_lang` forced as the first output token).
 */
export interface TranslateJob {
  kind: 'translate';
  model: string;
  text: string;
  generation: GenerationSettings;
  /** Source and target language: ISO codes for instruction models (`en`, `ro`), the tokenizer's own codes for multilingual ones (`eng_Latn`). */
  srcLang?: string;
  tgtLang?: string;
  /** The instruction before the text; undefined = the model's own for the pair, `''` = none. */
  prefix?: string;
  /** `auto`: a text longer than the model's limit is translated sentence chunk by chunk. */
  chunking?: 'off' | 'auto';
}

export interface TranslationResult extends GenerationOutput {
  kind: 'translate';
  /** The `task_specific_params` entry the settings and instruction came from, if any. */
  taskParams: string | null;
  /** Set for multilingual models: the language tokens used, with their ids. */
  languages: { src: { code: string; id: number } | null; tgt: { code: string; id: number } } | null;
}
