/**
 * Types of the Tokenizer lab: the small interface over a real tokenizer, the settings (Hugging
 * Face names and semantics), and the encoded batch. Pure: no DOM, no React, no transformers.js.
 */

export type PaddingSide = 'right' | 'left';
export type PaddingChoice = false | 'longest' | 'max_length';

/** The settings of one Python call `tokenizer(texts, text_pair, ...)`. */
export interface TokenizerSettings {
  add_special_tokens: boolean;
  padding: PaddingChoice;
  truncation: boolean;
  /** `null`: not passed (Python then falls back to model_max_length where it needs a length). */
  max_length: number | null;
  /** `null`: the tokenizer's own `padding_side`. */
  padding_side: PaddingSide | null;
  /**
   * `tokenizer.pad_token = …` before the call: the text of one of the tokenizer's tokens (people
   * pick the end-of-sequence token when a tokenizer has no pad token); `null`: the tokenizer's own.
   */
  pad_token: string | null;
  /**
   * How a pair is cut (Python's `truncation=` strategy); default `longest_first`. The zero-shot
   * pipeline uses `only_first`: the premise is cut and the hypothesis kept whole.
   */
  truncation_strategy?: 'longest_first' | 'only_first';
}

export const DEFAULT_SETTINGS: TokenizerSettings = {
  add_special_tokens: true,
  padding: false,
  truncation: false,
  max_length: null,
  padding_side: null,
  pad_token: null,
};

/** The special-token attributes of a Python tokenizer (`tokenizer.eos_token`, …), in this order. */
export const SPECIAL_ROLES = [
  'eos_token',
  'bos_token',
  'unk_token',
  'sep_token',
  'cls_token',
  'mask_token',
  'pad_token',
] as const;
export type SpecialRole = (typeof SPECIAL_ROLES)[number];

/** A special token of the tokenizer, and which attributes name it (several may: GPT-2's bos = eos). */
export interface SpecialToken {
  token: string;
  id: number;
  roles: SpecialRole[];
}

/** One piece of a post-processor template: a text (A or B) or special token(s) around it. */
export type TemplatePart =
  | { kind: 'sequence'; which: 'A' | 'B'; typeId: number }
  | { kind: 'special'; ids: number[]; tokens: string[]; typeId: number };

/** How the tokenizer's post-processor wraps one text and a pair of texts in special tokens. */
export interface SpecialsTemplate {
  /** The post-processor type in tokenizer.json (`TemplateProcessing`, `BertProcessing`, … or `none`). */
  processor: string;
  single: TemplatePart[];
  /** `null`: the post-processor defines no template for pairs. */
  pair: TemplatePart[] | null;
}

/** How token strings map back to text, read from tokenizer.json (model, pre-tokenizer, decoder). */
export interface PieceStyle {
  /** GPT-2 style byte-level BPE: every character of a token stands for one byte (`Ġ` = space). */
  byteLevel: boolean;
  /** SentencePiece word marker (`▁`), or null. */
  metaspace: string | null;
  /** SentencePiece byte fallback: tokens like `<0xE2>` stand for one byte. */
  byteFallback: boolean;
  /** WordPiece continuation prefix (`##`), or null. */
  continuingSubwordPrefix: string | null;
  /** BPE end-of-word suffix (`</w>`), or null. */
  endOfWordSuffix: string | null;
}

export interface ContentEncoding {
  ids: number[];
  tokens: string[];
}

/**
 * The minimal interface the batch logic needs from a real tokenizer. `encodeContent` is the
 * library's tokenization without special tokens; everything Python's `__call__` adds on top
 * (template, truncation, padding) is done by `encodeBatch`, so it follows Python exactly.
 */
export interface RawTokenizer {
  encodeContent(text: string): ContentEncoding;
  decode(ids: readonly number[], options: { skipSpecialTokens: boolean }): string;
  idToToken(id: number): string | null;
  /** The id of a token given by its text (Python's `convert_tokens_to_ids`), or null. */
  tokenToId(token: string): number | null;
  readonly template: SpecialsTemplate;
  readonly pieces: PieceStyle;
  /** From tokenizer_config.json `pad_token` only: Python has no eos fallback (transformers.js does). */
  readonly padToken: string | null;
  readonly padTokenId: number | null;
  readonly unknownTokenId: number | null;
  /** `null` when the config sets none (or Python's "very large integer" placeholder). */
  readonly modelMaxLength: number | null;
  readonly paddingSide: PaddingSide;
  /** Whether Python returns `token_type_ids` (it is in the tokenizer's `model_input_names`). */
  readonly returnsTokenTypeIds: boolean;
  readonly specialIds: ReadonlySet<number>;
  /** The tokens tokenizer_config.json names for each role (`eos_token`, …); absent roles are left out. */
  readonly roles: Readonly<Partial<Record<SpecialRole, string>>>;
  /** Added tokens (special or not): matched literally in the text, so their text is the token itself. */
  readonly addedTokenIds: ReadonlySet<number>;
  /** The tokenizer's chat template (`tokenizer_config.json` `chat_template`), where it has one. */
  readonly chat: ChatTemplate | null;
}

/** One turn of a conversation, as a chat template takes it. */
export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatTemplate {
  /** The Jinja source (the `default` one when the config names several). */
  readonly source: string;
  /** Python's `apply_chat_template(messages, tokenize=False, add_generation_prompt=True)`. */
  render(messages: readonly ChatTurn[]): string;
}

/** A character span `[start, end)` in UTF-16 code units of the text a token came from. */
export type Span = readonly [number, number];

export type PositionKind = 'text' | 'special' | 'padding';

/** Content tokens removed by truncation: shown as cut, not silently dropped. */
export interface CutTokens {
  ids: number[];
  tokens: string[];
  spans: (Span | null)[];
}

export interface EncodedRow {
  input_ids: number[];
  attention_mask: number[];
  /** Present when the tokenizer returns them (Python's `model_input_names`). */
  token_type_ids: number[] | null;
  /** Python's `return_special_tokens_mask`: 1 for added special tokens and padding. */
  special_tokens_mask: number[];
  tokens: string[];
  kinds: PositionKind[];
  /** Which text a content token came from: 0 = text, 1 = text pair; null for specials and padding. */
  segments: (0 | 1 | null)[];
  /** Span into `segments[i]`'s text; null where it cannot be aligned (and for specials, padding). */
  spans: (Span | null)[];
  cut: { first: CutTokens; second: CutTokens | null };
  /** Length before padding. */
  length: number;
}

export type IssueCode =
  | 'max-length-too-small'
  | 'no-pad-token'
  | 'unknown-pad-token'
  | 'pair-unsupported'
  | 'invalid-max-length'
  | 'pair-count-mismatch'
  | 'max-length-ignored'
  | 'no-model-max-length'
  | 'longer-than-model'
  | 'longer-than-max-length'
  | 'ragged-batch';

export interface Issue {
  code: IssueCode;
  severity: 'warning' | 'error';
  message: string;
  /** The batch row it concerns, when it concerns one. */
  row?: number;
}

export interface EncodedBatch {
  rows: EncodedRow[];
  /** `[batch, seq]`, or null when rows differ in length (not a tensor). */
  shape: [number, number] | null;
  dtype: 'int64';
  paddingSide: PaddingSide;
  /** Lengths actually used: truncation target and padding target (`null` = not applied). */
  truncateTo: number | null;
  padTo: number | null;
  modelMaxLength: number | null;
  warnings: Issue[];
}

export type BatchOutcome = { ok: true; batch: EncodedBatch } | { ok: false; error: Issue; warnings: Issue[] };

/** The lab's job: the worker loads `model`'s tokenizer and runs `encodeBatch`. */
export interface TokenizeJob {
  kind: 'tokenize';
  model: string;
  texts: string[];
  /** One pair per text (empty string allowed), or null for single texts. */
  pairs: string[] | null;
  settings: TokenizerSettings;
}

export interface DecodedRow {
  withSpecials: string;
  skipSpecials: string;
  /** Whether decoding (skipping specials) gives the input text back; null for pairs or cut rows. */
  roundTrips: boolean | null;
}

/** What the UI needs to know about the loaded tokenizer (it has no `RawTokenizer` itself). */
export interface TokenizerFacts {
  /** Post-processor type in tokenizer.json: `TemplateProcessing`, `ByteLevel`, `none`, … */
  processor: string;
  /** Special tokens added to one text, and to a pair (null: no pair template). */
  specialsSingle: number;
  specialsPair: number | null;
  padToken: string | null;
  modelMaxLength: number | null;
  paddingSide: PaddingSide;
  returnsTokenTypeIds: boolean;
  pieces: PieceStyle;
  /** What `pad_token` can be set to: tokens named by a role first (in `SPECIAL_ROLES` order), then by id. */
  specialTokens: SpecialToken[];
}

export interface TokenizeResult {
  kind: 'tokenize';
  model: string;
  facts: TokenizerFacts;
  outcome: BatchOutcome;
  /** `tokenizer.decode(input_ids[i])`, with and without `skip_special_tokens`; empty on error. */
  decoded: DecodedRow[];
  timings: { loadMs: number; encodeMs: number; decodeMs: number };
}
