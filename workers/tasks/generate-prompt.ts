/**
 * The first stages of Generate, before any weights download: which models this view takes, how the
 * prompt is built (the chat template of an instruction model, or the raw text of a base model),
 * and the settings checks Python's `generate` would make, each with a message that says what to do.
 */
import type { GenerationSettings } from '../../src/shared/generation-settings.ts';
import type { ChatMessage, GenerateJob, PromptConstruction } from '../../src/shared/protocol/index.ts';
import type { RawTokenizer } from '../../src/shared/tokenization/types.ts';
import { JobFailure } from '../error-classifier.ts';
import type { ModelConfig } from '../runtime/runtime-types.ts';

function refuse(message: string, code: 'unsupported-model' | 'invalid-settings' = 'invalid-settings'): never {
  throw new JobFailure({ code, message, retryable: false });
}

/** Generate runs decoder-only LMs; other models are pointed to the view that runs them. */
export function requireDecoderOnly(model: string, config: ModelConfig): void {
  const architectures = (Array.isArray(config['architectures']) ? config['architectures'] : []).filter(
    (a): a is string => typeof a === 'string',
  );
  const named = architectures.length > 0 ? ` (${architectures.join(', ')})` : '';
  if (config['is_encoder_decoder'] === true) {
    refuse(
      `"${model}" is a sequence-to-sequence (encoder-decoder) model${named}, not a decoder-only one: open it in Summarize (#/summarize) or Translation (#/tasks/translation).`,
      'unsupported-model',
    );
  }
  if (architectures.some((a) => a.endsWith('ForSequenceClassification'))) {
    refuse(
      `"${model}" is a text classifier${named}: open it in Sentiment (#/tasks/sentiment) or Zero-shot (#/tasks/zero-shot).`,
      'unsupported-model',
    );
  }
  // A language-modelling head generates (…ForCausalLM, GPT-2's …LMHeadModel); an encoder's heads
  // and a bare …Model do not. An architecture named otherwise is tried.
  const generates = (a: string) => /(ForCausalLM|LMHeadModel)$/.test(a);
  const cannot = (a: string) =>
    /(ForMaskedLM|ForTokenClassification|ForQuestionAnswering|[a-z0-9]Model)$/.test(a);
  if (architectures.length > 0 && !architectures.some(generates) && architectures.every(cannot)) {
    refuse(
      `"${model}" (${architectures.join(', ')}) has no language-modelling head for generation: pick a causal LM (…ForCausalLM or …LMHeadModel), for example "HuggingFaceTB/SmolLM2-135M-Instruct".`,
      'unsupported-model',
    );
  }
}

/** The checks that need no model: Python's own refusals, said in words (see GenerationConfig.validate). */
export function checkSettings(settings: GenerationSettings): void {
  const { do_sample, temperature, top_p, max_new_tokens, top_k, repetition_penalty } = settings;
  if (max_new_tokens !== undefined && !(Number.isInteger(max_new_tokens) && max_new_tokens > 0)) {
    refuse(
      `max_new_tokens must be a whole number above 0 (it is ${max_new_tokens}): Python's generate raises "\`max_new_tokens\` must be greater than 0". Ask for at least 1 new token.`,
    );
  }
  if (do_sample === true && temperature !== undefined && !(temperature > 0)) {
    refuse(
      `do_sample with temperature ${temperature} cannot sample: Python raises "\`temperature\` (=${temperature}) has to be a strictly positive float … If you're looking for greedy decoding strategies, set \`do_sample=False\`". Untick do_sample for greedy decoding (what a temperature near 0 approaches), or use a small positive temperature such as 0.1.`,
    );
  }
  if (top_p !== undefined && !(top_p > 0 && top_p <= 1)) {
    refuse(
      `top_p must be in (0, 1] (it is ${top_p}): it is the share of probability mass sampling keeps; 1 keeps every token. Python raises "\`top_p\` has to be a float > 0 and < 1".`,
    );
  }
  if (top_k !== undefined && !(Number.isInteger(top_k) && top_k >= 0)) {
    refuse(`top_k must be a whole number, 0 or more (it is ${top_k}); 0 turns top-k filtering off.`);
  }
  if (repetition_penalty !== undefined && !(repetition_penalty > 0)) {
    refuse(`repetition_penalty must be above 0 (it is ${repetition_penalty}); 1 means no penalty.`);
  }
}

export interface BuiltPrompt {
  text: string;
  construction: PromptConstruction;
}

/**
 * Python's text-generation pipeline: a chat (a list of messages) goes through
 * `apply_chat_template(..., add_generation_prompt=True)` and is encoded without special tokens
 * (the template writes them); a plain string is encoded as the tokenizer does by default.
 */
export function buildPrompt(job: GenerateJob, tokenizer: RawTokenizer): BuiltPrompt {
  const chat = tokenizer.chat ?? null;
  if (chat === null || job.chat === 'off') {
    return {
      text: job.text,
      construction: {
        mode: 'raw',
        messages: null,
        template: null,
        addSpecialTokens: true,
        hasTemplate: chat !== null,
      },
    };
  }
  const system = job.system?.trim() ? job.system : null;
  const messages: ChatMessage[] = [
    ...(system !== null ? [{ role: 'system' as const, content: system }] : []),
    { role: 'user', content: job.text },
  ];
  let text: string;
  try {
    text = chat.render(messages);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobFailure({
      code: 'unsupported-model',
      message: `The chat template of "${job.model}" failed on these messages: ${reason}. Turn the chat template off to send the raw prompt.`,
      retryable: false,
      details: reason,
    });
  }
  return {
    text,
    construction: {
      mode: 'chat',
      messages,
      template: chat.source,
      addSpecialTokens: false,
      hasTemplate: true,
    },
  };
}

/**
 * The new tokens asked for against the model's positions: a decoder-only model cannot attend
 * beyond its context, so the prompt and the new tokens together must fit.
 */
export function checkLength(promptTokens: number, newTokens: number, context: number | null): void {
  if (newTokens < 1) {
    refuse(
      `There is no room for a new token: the prompt is ${promptTokens} tokens and the length limit in force (max_length from the model's generation config) is ${promptTokens + newTokens}. Set max_new_tokens.`,
    );
  }
  if (context !== null && promptTokens + newTokens > context) {
    const room = context - promptTokens;
    refuse(
      room > 0
        ? `The prompt (${promptTokens} tokens) and max_new_tokens (${newTokens}) need ${promptTokens + newTokens} positions, beyond this model's context of ${context}: set max_new_tokens to at most ${room}, or shorten the prompt.`
        : `The prompt is ${promptTokens} tokens, which already fills this model's context of ${context} positions: shorten the prompt.`,
    );
  }
}
