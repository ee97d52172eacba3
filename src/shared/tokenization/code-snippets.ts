/**
 * "Copy as code": the Python `transformers` call that gives exactly the lab's result, and the
 * transformers.js call closest to it, with comments where transformers.js 4.3 differs.
 */
import { jsRemoteHostLine, pythonEndpointLine } from '../code-snippets/host-preamble.ts';
import { jsString, pythonBool, pythonString } from '../code-snippets/literals.ts';
import { roleFor } from './special-tokens.ts';
import type { TokenizerFacts, TokenizerSettings } from './types.ts';

/** Where each language loads the tokenizer from (see `snippetSourceFor`). */
export interface SnippetSource {
  /** A Hub id, or the path of a local folder. */
  pythonId: string;
  jsId: string;
  /** Set when transformers.js loads it as a local model from this path (bundled tokenizers, the local folder). */
  localModelPath?: string;
  /** The model host when it is not the Hub: Python's `HF_ENDPOINT`, transformers.js's `env.remoteHost`. */
  host?: string;
  /** Lines of provenance for the comment at the top (e.g. the npm package it came from). */
  notes?: readonly string[];
}

/** A list of strings: inline for one item, else one item a line (`str`: the language's literal). */
function list(items: readonly string[], indent: string, str: (s: string) => string): string {
  if (items.length <= 1) return `[${items.map((t) => str(t)).join(', ')}]`;
  return `[\n${items.map((t) => `${indent}  ${str(t)},`).join('\n')}\n${indent}]`;
}

/** Roles transformers.js 4.3 sets with an id (`tokenizer.eos_token_id`); it has no `cls_token`. */
const JS_ROLES = new Set(['eos_token', 'bos_token', 'unk_token', 'sep_token', 'mask_token']);

function pythonPadToken(settings: TokenizerSettings, facts: TokenizerFacts): string[] {
  const token = settings.pad_token;
  if (token === null) return [];
  const role = roleFor(token, facts.specialTokens);
  return [
    `tokenizer.pad_token = ${role === null ? pythonString(token) : `tokenizer.${role}  # ${pythonString(token)}`}`,
  ];
}

function javascriptPadToken(settings: TokenizerSettings, facts: TokenizerFacts): string[] {
  const token = settings.pad_token;
  if (token === null) return [];
  const role = roleFor(token, facts.specialTokens);
  // transformers.js pads with `pad_token_id`, read once when loading: set it with the token.
  if (role !== null && JS_ROLES.has(role)) {
    return [`tokenizer.pad_token = tokenizer.${role};`, `tokenizer.pad_token_id = tokenizer.${role}_id;`];
  }
  return [
    `tokenizer.pad_token = ${jsString(token)};`,
    `tokenizer.pad_token_id = tokenizer.convert_tokens_to_ids(${jsString(token)});`,
  ];
}

function pythonHeader(source: SnippetSource): string[] {
  const notes = (source.notes ?? []).map((n) => `# ${n}`);
  if (source.host === undefined) return [...notes, 'from transformers import AutoTokenizer'];
  return [
    ...notes,
    'import os',
    '',
    '# The model host is not the Hub. huggingface_hub reads HF_ENDPOINT when it is imported,',
    '# so set it before importing transformers.',
    pythonEndpointLine(source.host),
    '',
    'from transformers import AutoTokenizer',
  ];
}

export function pythonSnippet(
  source: SnippetSource,
  texts: readonly string[],
  pairs: readonly string[] | null,
  settings: TokenizerSettings,
  facts: TokenizerFacts,
): string {
  const pad = settings.padding === false ? 'False' : pythonString(settings.padding);
  const args = [
    `    ${list(texts, '    ', pythonString)},`,
    ...(pairs === null ? [] : [`    ${list(pairs, '    ', pythonString)},  # text_pair`]),
    `    add_special_tokens=${pythonBool(settings.add_special_tokens)},`,
    `    padding=${pad},`,
    `    truncation=${pythonBool(settings.truncation)},`,
    ...(settings.max_length === null ? [] : [`    max_length=${settings.max_length},`]),
  ];
  return [
    ...pythonHeader(source),
    '',
    `tokenizer = AutoTokenizer.from_pretrained(${pythonString(source.pythonId)})`,
    ...(settings.padding_side === null
      ? []
      : [`tokenizer.padding_side = ${pythonString(settings.padding_side)}`]),
    ...pythonPadToken(settings, facts),
    'encoded = tokenizer(',
    ...args,
    ')',
    'print(encoded["input_ids"])',
    'print(encoded["attention_mask"])',
    '',
  ].join('\n');
}

function javascriptEnv(source: SnippetSource): string[] {
  if (source.localModelPath !== undefined) {
    return [
      `env.localModelPath = ${jsString(source.localModelPath)};`,
      'env.allowLocalModels = true;',
      'env.allowRemoteModels = false;',
    ];
  }
  if (source.host !== undefined) {
    return ['// The model host is not the Hub.', jsRemoteHostLine(source.host)];
  }
  return [];
}

export function javascriptSnippet(
  source: SnippetSource,
  texts: readonly string[],
  pairs: readonly string[] | null,
  settings: TokenizerSettings,
  facts: TokenizerFacts,
): string {
  const envLines = javascriptEnv(source);
  const differences = transformersJsDifferences(settings, facts, pairs);
  return [
    ...(source.notes ?? []).map((n) => `// ${n}`),
    `import { AutoTokenizer${envLines.length === 0 ? '' : ', env'} } from "@huggingface/transformers";`,
    '',
    ...envLines,
    `const tokenizer = await AutoTokenizer.from_pretrained(${jsString(source.jsId)});`,
    ...(settings.padding_side === null
      ? []
      : [`tokenizer.padding_side = ${jsString(settings.padding_side)};`]),
    ...javascriptPadToken(settings, facts),
    `const encoded = tokenizer(${list(texts, '', jsString)}, {`,
    ...(pairs === null ? [] : [`  text_pair: ${list(pairs, '  ', jsString)},`]),
    `  add_special_tokens: ${settings.add_special_tokens},`,
    `  padding: ${settings.padding === false ? 'false' : settings.padding === 'longest' ? 'true' : '"max_length"'},`,
    `  truncation: ${settings.truncation},`,
    ...(settings.max_length === null ? [] : [`  max_length: ${settings.max_length},`]),
    '  return_tensor: false,',
    '});',
    'console.log(encoded.input_ids, encoded.attention_mask);',
    ...(differences.length === 0
      ? []
      : [
          '',
          '// Where transformers.js 4.3 differs from Python here:',
          ...differences.map((d) => `// - ${d}`),
        ]),
    '',
  ].join('\n');
}

/** The ways transformers.js's own call would not give the Python result for these settings. */
export function transformersJsDifferences(
  settings: TokenizerSettings,
  facts: TokenizerFacts,
  pairs: readonly string[] | null,
): string[] {
  const out: string[] = [];
  const paired = pairs !== null;
  const specials = paired ? (facts.specialsPair ?? 0) : facts.specialsSingle;
  const { max_length: maxLength, padding, truncation } = settings;
  if (truncation && settings.add_special_tokens && specials > 0) {
    out.push(
      'truncation cuts the end after the special tokens are added, so a final </s> or [SEP] is lost; Python cuts the text and keeps them.',
    );
  }
  if (truncation && paired) {
    out.push(
      'a pair is cut from the end of the joined sequence; Python truncates longest_first (the longer text first).',
    );
  }
  // A Sequence post-processor with a template reports the template's type; a bare one only trims offsets.
  if (paired && (facts.processor === 'ByteLevel' || facts.processor === 'Sequence')) {
    out.push('with a ByteLevel post-processor the text pair is dropped; Python joins both texts.');
  }
  if (pairs?.includes('')) {
    out.push(
      'an empty text pair counts as no pair (single-text template); Python still uses the pair template.',
    );
  }
  if (padding !== false && facts.padToken === null && settings.pad_token === null) {
    out.push(
      'padding uses the end-of-sequence token because there is no pad token; Python raises an error instead.',
    );
  }
  if (!truncation && maxLength !== null && padding === false) {
    out.push('omitting `truncation` with a max_length truncates anyway; keep `truncation: false` explicit.');
  }
  if (padding === 'longest' && maxLength !== null && !truncation) {
    out.push('`padding: true` pads to min(longest row, max_length); Python pads to the longest row.');
  }
  if (maxLength !== null && facts.modelMaxLength !== null && maxLength > facts.modelMaxLength) {
    out.push(`max_length is capped at model_max_length (${facts.modelMaxLength}); Python uses ${maxLength}.`);
  }
  if (padding === 'max_length' && maxLength === null && facts.modelMaxLength === null) {
    out.push(
      'without max_length it pads to model_max_length even when that is a placeholder; Python does not pad.',
    );
  }
  return out;
}
