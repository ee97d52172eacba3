/**
 * What a view needs to know about a model before running it: its type, the pairs and prefixes of
 * `task_specific_params`, and the language codes its tokenizer knows (multilingual models).
 * Reads only `config.json` and the tokenizer files.
 */
export interface ModelFactsJob {
  kind: 'model-facts';
  model: string;
}

export interface ModelFactsResult {
  kind: 'model-facts';
  model: string;
  modelType: string | null;
  isEncoderDecoder: boolean;
  /** `task_specific_params` keys with their prefix (`translation_en_to_ro` → `translate English to Romanian: `). */
  taskParams: Array<{ key: string; prefix: string | null }>;
  /** Language codes the tokenizer has as special tokens (`eng_Latn`, `__fr__`), in id order. */
  languageCodes: string[];
  modelMaxLength: number | null;
}
