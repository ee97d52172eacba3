import { BUNDLED_TOKENIZERS } from './tokenization/bundled.ts';
import { TEST_MODEL_ORG } from './model-catalog.ts';

export interface TokenizerOption {
  id: string;
  label: string;
  group: 'Bundled (offline)' | 'Hugging Face Hub' | 'Test models';
}

/** Bundled (works offline from the first visit) and has a pad token, so every setting works. */
export const DEFAULT_LAB_TOKENIZER = 'bundled/qwen3';

export const TOKENIZER_OPTIONS: readonly TokenizerOption[] = [
  ...BUNDLED_TOKENIZERS.map((t) => ({
    id: t.id,
    label: `${t.label} (bundled)`,
    group: 'Bundled (offline)' as const,
  })),
  { id: 'Xenova/distilbart-cnn-6-6', label: 'BART (DistilBART CNN)', group: 'Hugging Face Hub' },
  { id: 'Xenova/t5-small', label: 'T5 small', group: 'Hugging Face Hub' },
  { id: 'Xenova/bert-base-uncased', label: 'BERT base uncased', group: 'Hugging Face Hub' },
  { id: `${TEST_MODEL_ORG}/tiny-t5`, label: 'Tiny T5 (test model)', group: 'Test models' },
  { id: `${TEST_MODEL_ORG}/tiny-sentiment`, label: 'Tiny BERT (test model)', group: 'Test models' },
  { id: `${TEST_MODEL_ORG}/tiny-gpt`, label: 'Tiny GPT-2 (test model)', group: 'Test models' },
];
