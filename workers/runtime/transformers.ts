/**
 * The app's only import of @huggingface/transformers (lint enforces it): a leaf that re-exports
 * what the runtime uses, so the rest of the worker depends on this file, never on the library.
 */
export {
  AutoConfig,
  AutoModelForCausalLM,
  AutoModelForSeq2SeqLM,
  AutoModelForSequenceClassification,
  AutoTokenizer,
  DynamicCache,
  env,
  ModelRegistry,
  Tensor,
} from '@huggingface/transformers';
export type { PreTrainedModel, PreTrainedTokenizer, ProgressInfo } from '@huggingface/transformers';
