/**
 * A transformers.js `PreTrainedTokenizer` as a `RawTokenizer`. Type-only import: the worker's
 * runtime passes in a tokenizer it loaded; nothing here loads the library.
 *
 * What is read from where, and why:
 * - content tokens: the library's own `encode(…, add_special_tokens: false)`;
 * - special-token template: tokenizer.json's `post_processor` (not the library's wrapped output,
 *   which cannot be truncated Python's way and drops pairs for `ByteLevel` post-processors);
 * - pad token: tokenizer_config.json `pad_token` only (transformers.js falls back to eos,
 *   Python raises instead);
 * - model_max_length: Python treats values above 1e20 ("VERY_LARGE_INTEGER") as unset.
 */
import type { PreTrainedTokenizer } from '@huggingface/transformers';
import { detectPieceStyle } from './piece-style.ts';
import { templateFromPostProcessor } from './template.ts';
import {
  SPECIAL_ROLES,
  type ChatTemplate,
  type PaddingSide,
  type RawTokenizer,
  type SpecialRole,
} from './types.ts';

type Json = Record<string, unknown>;

/** Python's `LARGE_INTEGER`: a model_max_length above it means "no limit set". */
const LARGE_INTEGER = 1e20;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A special token in tokenizer_config.json: a string or `{ "__type": "AddedToken", content }`. */
function configToken(config: Json, key: string): string | null {
  const value = config[key];
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['content'] === 'string') return value['content'];
  return null;
}

/**
 * Python's tokenizer classes that drop `token_type_ids` from `model_input_names` (DistilBERT,
 * RoBERTa, BART…), by the model type `AutoTokenizer` maps to them; the base class and the
 * BERT-like ones (BERT, MobileBERT, DeBERTa, ALBERT, ELECTRA) keep them.
 */
const MODEL_TYPES_WITHOUT_TOKEN_TYPES = new Set([
  'distilbert',
  'roberta',
  'xlm-roberta',
  'camembert',
  'bart',
  'mbart',
  'mpnet',
  'gpt2',
  'marian',
  't5',
  'llama',
]);

function returnsTokenTypeIds(
  config: Json,
  tokenizer: PreTrainedTokenizer,
  modelType: string | null | undefined,
): boolean {
  const names = config['model_input_names'];
  if (Array.isArray(names)) return names.includes('token_type_ids');
  // Python's base class lists token_type_ids; a generic PreTrainedTokenizerFast keeps that default.
  const cls = typeof config['tokenizer_class'] === 'string' ? config['tokenizer_class'] : '';
  if (cls.replace(/Fast$/, '') === 'PreTrainedTokenizer') return true;
  // Without `tokenizer_class`, transformers.js falls back to a generic tokenizer that returns no
  // token types; Python's AutoTokenizer picks the class from the config's model type instead.
  if (cls === '' && modelType) return !MODEL_TYPES_WITHOUT_TOKEN_TYPES.has(modelType);
  return tokenizer.return_token_type_ids;
}

/** The tokens tokenizer_config.json names for each role, as Python's `tokenizer.eos_token` etc. read them. */
function rolesOf(config: Json): Partial<Record<SpecialRole, string>> {
  const roles: Partial<Record<SpecialRole, string>> = {};
  for (const role of SPECIAL_ROLES) {
    const token = configToken(config, role);
    if (token !== null) roles[role] = token;
  }
  return roles;
}

export function wrapTransformersTokenizer(
  tokenizer: PreTrainedTokenizer,
  /** The model's `config.model_type`, where known: it decides token types when the tokenizer names no class. */
  options: { modelType?: string | null } = {},
): RawTokenizer {
  const inner = tokenizer._tokenizer;
  const json: unknown = tokenizer._tokenizerJSON;
  const rawConfig: unknown = tokenizer._tokenizerConfig;
  const config = isObject(rawConfig) ? rawConfig : {};
  const lookup = (token: string) => inner.token_to_id(token) ?? null;

  const template = templateFromPostProcessor(isObject(json) ? json['post_processor'] : null, lookup);
  if (template === null)
    throw new Error('This tokenizer has a post_processor in tokenizer.json that Glasspipe cannot read.');

  const padToken = configToken(config, 'pad_token');
  const padTokenId = padToken === null ? null : lookup(padToken);
  const model = isObject(json) && isObject(json['model']) ? json['model'] : {};
  const unkToken = configToken(config, 'unk_token') ?? configToken(model, 'unk_token');
  const maxLength = config['model_max_length'];
  const side: PaddingSide = tokenizer.padding_side === 'left' ? 'left' : 'right';

  return {
    encodeContent(text) {
      const { ids, tokens } = inner.encode(text, { add_special_tokens: false });
      return { ids, tokens };
    },
    decode(ids, { skipSpecialTokens }) {
      // transformers.js throws on an empty list; Python returns ''.
      return ids.length === 0 ? '' : tokenizer.decode([...ids], { skip_special_tokens: skipSpecialTokens });
    },
    idToToken: (id) => inner.id_to_token(id) ?? null,
    tokenToId: lookup,
    template,
    pieces: detectPieceStyle(json),
    padToken: padTokenId === null ? null : padToken,
    padTokenId,
    unknownTokenId: unkToken === null ? null : lookup(unkToken),
    modelMaxLength: typeof maxLength === 'number' && maxLength < LARGE_INTEGER ? maxLength : null,
    paddingSide: side,
    returnsTokenTypeIds: returnsTokenTypeIds(config, tokenizer, options.modelType),
    specialIds: new Set(tokenizer.all_special_ids),
    roles: rolesOf(config),
    addedTokenIds: new Set(inner.get_added_tokens_decoder().keys()),
    chat: chatTemplateOf(tokenizer),
  };
}

/** The tokenizer's chat template: a string, or the `default` of a named list (the library's own pick). */
function chatTemplateOf(tokenizer: PreTrainedTokenizer): ChatTemplate | null {
  const declared: unknown = tokenizer.chat_template;
  const source =
    typeof declared === 'string'
      ? declared
      : isObject(declared) && typeof declared['default'] === 'string'
        ? declared['default']
        : null;
  if (source === null) return null;
  return {
    source,
    render: (messages) =>
      tokenizer.apply_chat_template(
        messages.map((m) => ({ role: m.role, content: m.content })),
        { tokenize: false, add_generation_prompt: true, chat_template: source },
      ),
  };
}
