/** What the catalog says of a Generate model: its flavour, its counterpart, the dtype it runs with. */
import { GENERATION_MODELS, type GenerationModel } from '../../shared/model-catalog.ts';
import type { PromptConstruction } from '../../shared/protocol/index.ts';

export function catalogModel(model: string): GenerationModel | undefined {
  const id = model.trim();
  return GENERATION_MODELS.find((m) => m.id === id);
}

/**
 * The other half of a base / instruction-tuned pair: an instruct model's `baseOf`, or the
 * instruct model tuned from this base. Null for a model with no pair in the catalog.
 */
export function counterpartOf(model: string): string | null {
  const known = catalogModel(model);
  if (!known) return null;
  if (known.baseOf) return known.baseOf;
  return GENERATION_MODELS.find((m) => m.baseOf === known.id)?.id ?? null;
}

/** Pane b's model: the one chosen, else pane a's counterpart ('' when it has none). */
export function paneBModel(model: string, modelB: string | null): string {
  return modelB ?? counterpartOf(model) ?? '';
}

/**
 * The dtype a catalog model runs with (a repo without the default q8 file), unless the page
 * asked for one (`?dtype=`): the person's choice wins, and the worker says if its files are missing.
 */
export function dtypeFor(model: string, pageDtype: string): 'fp32' | 'q4' | undefined {
  return pageDtype === 'auto' ? catalogModel(model)?.dtype : undefined;
}

/** Whether the catalog knows the model to be a chat model (null: not in the catalog). */
export function isKnownChatModel(model: string): boolean | null {
  const known = catalogModel(model);
  return known ? known.flavour === 'instruct' : null;
}

/** Whether the view should offer the chat fields for a model: not for a model known to be a base model. */
export function mayBeChatModel(model: string): boolean {
  return isKnownChatModel(model) !== false;
}

/**
 * How the copied code gives the prompt: as chat messages or a raw string. The worker's own answer
 * for this model when a run has told it; else the catalog; else the id's usual spelling
 * (`-Instruct`, `-chat`, `-it`), since Python refuses messages for a tokenizer with no template.
 */
export function snippetMode(
  chat: boolean,
  model: string,
  construction: PromptConstruction | null,
): 'chat' | 'raw' {
  if (!chat) return 'raw';
  if (construction) return construction.mode;
  const known = isKnownChatModel(model);
  if (known !== null) return known ? 'chat' : 'raw';
  return /instruct|chat|-it\b/i.test(model) ? 'chat' : 'raw';
}
