import type { GenerationSettings } from '../../generation-settings.ts';
import type { Dtype } from '../../model-files/dtypes.ts';
import type { GenerationOutput } from '../generation.ts';
import type { Device } from '../runtime.ts';

/** One turn of a conversation, as a chat template takes it (Python's `messages`). */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * Text generation with a decoder-only model (`AutoModelForCausalLM`): the prompt continued by our
 * engine (greedy, beam search or sampling), with the KV cache. Chat and instruction models get
 * their tokenizer's chat template; base models the raw prompt.
 */
export interface GenerateJob {
  kind: 'generate';
  model: string;
  /** The prompt; for a chat model, the user message. */
  text: string;
  /** Chat models: the system message; `''` or undefined = none (the template may add its own). */
  system?: string;
  /** `auto`: apply the chat template when the tokenizer has one; `off`: the raw prompt. */
  chat?: 'auto' | 'off';
  generation: GenerationSettings;
  /** Record every step's next-token distribution after each logits stage; default true. */
  traceStages?: boolean;
}

/** How the text the tokenizer saw was built from what the person typed. */
export interface PromptConstruction {
  mode: 'chat' | 'raw';
  /** The messages given to the template (chat mode). */
  messages: ChatMessage[] | null;
  /** The template's Jinja source (chat mode). */
  template: string | null;
  /** Python's `add_special_tokens` for the encoding: false after a chat template (it writes its own). */
  addSpecialTokens: boolean;
  /** Whether the tokenizer has a chat template at all (a base model usually has none). */
  hasTemplate: boolean;
}

/**
 * What a model needs before it is downloaded: the ONNX files for the dtype, and the memory for its
 * weights and for the KV cache at the length asked, against what this device allows.
 */
export interface MemoryEstimate {
  model: string;
  device: Device;
  dtype: Dtype;
  /** The ONNX files of this dtype and their sizes (HEAD), or null where the host gave none. */
  files: Array<{ file: string; bytes: number }> | null;
  weightsBytes: number | null;
  /** Keys and values of every layer for `tokens` positions and `rows` rows (beams, samples). */
  kvCacheBytes: number;
  tokens: number;
  rows: number;
  /** Weights + cache + the logits rows; what the tab will hold at the end of the generation. */
  totalBytes: number;
  /** What this device allows a model in one tab, and where the figure comes from; null = unknown. */
  budgetBytes: number | null;
  budgetSource: string;
  fits: boolean;
}

export interface GenerateResult extends GenerationOutput {
  kind: 'generate';
  construction: PromptConstruction;
  estimate: MemoryEstimate;
  /** The model's context (positions), where the config says. */
  contextLength: number | null;
  /** Why the best sequence ended. */
  stopReason: 'eos' | 'max_new_tokens';
}
