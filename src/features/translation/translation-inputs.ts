/** What the Translation view edits: one text, two panes (a model each), shared settings. */
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import {
  DEFAULT_INSTRUCTION_TRANSLATION_MODEL,
  DEFAULT_TRANSLATION_MODEL,
} from '../../shared/model-catalog.ts';

export const VIEW_ID = 'translation';
export const PANES = ['a', 'b'] as const;
export type PaneId = (typeof PANES)[number];

export interface PaneInputs {
  model: string;
  location: 'hub' | 'local';
  /** The instruction before the text; null = the model's own for the pair (shown once known). */
  prefix: string | null;
  /** ISO codes (`en`) for instruction models, the tokenizer's codes (`eng_Latn`) for multilingual ones. */
  srcLang: string | null;
  tgtLang: string | null;
}

export interface TranslationInputs {
  text: string;
  panes: Record<PaneId, PaneInputs>;
  /** One set of generation settings for both panes, so they are compared on equal terms. */
  generation: GenerationSettings;
  /** Translate a text longer than a model's limit sentence chunk by chunk. */
  chunking: boolean;
}

/** The seed's two ways: a dedicated pair model, and T5 told `translate English to Romanian: `. */
export const DEFAULT_INPUTS: TranslationInputs = {
  text: '',
  panes: {
    a: { model: DEFAULT_TRANSLATION_MODEL, location: 'hub', prefix: null, srcLang: null, tgtLang: null },
    b: {
      model: DEFAULT_INSTRUCTION_TRANSLATION_MODEL,
      location: 'hub',
      prefix: null,
      srcLang: 'en',
      tgtLang: 'ro',
    },
  },
  generation: {},
  chunking: false,
};
