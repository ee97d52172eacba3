/**
 * "Copy as code" for the Sentiment view: Python's `text-classification` pipeline and
 * transformers.js's, with the settings the view runs with (every label, truncation to the
 * model's limit) and the batch's first texts.
 */
import { jsPipelineImport, pythonHostPreamble } from '../../shared/code-snippets/host-preamble.ts';
import { jsString, pythonString } from '../../shared/code-snippets/literals.ts';
import type { Activation, Device, Dtype } from '../../shared/protocol/index.ts';

export interface SentimentSnippetInput {
  /** The id the app loads (a transformers.js ONNX repository). */
  model: string;
  /** The repository Python loads (the original of a Xenova export), when known. */
  pythonId?: string;
  /** The model host in use; another than the Hub sets HF_ENDPOINT / env.remoteHost. */
  host: string;
  /** The batch's texts (blank lines already left out). */
  texts: readonly string[];
  /** What ran (or was asked for); null: transformers.js picks. */
  dtype: Dtype | null;
  device: Device | null;
  /** The activation the last run used, when known: said in a comment (both libraries pick it alike). */
  activation: Activation | null;
}

/** Snippets stay short: the first texts of the batch, each cut to a readable length. */
export const SNIPPET_TEXTS = 20;
const SNIPPET_TEXT_CHARS = 200;

function textLines(
  texts: readonly string[],
  indent: string,
  comment: string,
  str: (s: string) => string,
): string[] {
  const shown = texts
    .slice(0, SNIPPET_TEXTS)
    .map((t) => `${indent}${str(t.length > SNIPPET_TEXT_CHARS ? `${t.slice(0, SNIPPET_TEXT_CHARS)}…` : t)},`);
  const more = texts.length - SNIPPET_TEXTS;
  return more > 0 ? [...shown, `${indent}${comment} … and ${more} more line${more === 1 ? '' : 's'}`] : shown;
}

function activationComment(activation: Activation | null, marker: string): string[] {
  if (activation === null) return [];
  const how =
    activation === 'softmax'
      ? 'softmax over the labels (they sum to 1)'
      : 'a sigmoid per label (independent)';
  return [`${marker} Scores: ${how}, as this page computed them.`];
}

export function pythonSentimentSnippet(input: SentimentSnippetInput): string {
  const lines = pythonHostPreamble(input.host);
  lines.push(
    'from transformers import pipeline',
    '',
    '# top_k=None: every label with its score, best first; truncation=True: cut to the model’s limit.',
    `classifier = pipeline("text-classification", model=${pythonString(input.pythonId ?? input.model)}, top_k=None, truncation=True)`,
    ...activationComment(input.activation, '#'),
    'texts = [',
    ...textLines(input.texts, '    ', '#', pythonString),
    ']',
    'for text, scores in zip(texts, classifier(texts)):',
    '    print(text, scores)',
  );
  return lines.join('\n');
}

export function javascriptSentimentSnippet(input: SentimentSnippetInput): string {
  const lines = jsPipelineImport(input.host);
  const options = [
    ...(input.dtype ? [`dtype: ${jsString(input.dtype)}`] : []),
    ...(input.device ? [`device: ${jsString(input.device)}`] : []),
  ];
  lines.push(
    '',
    `const classifier = await pipeline("text-classification", ${jsString(input.model)}${options.length > 0 ? `, { ${options.join(', ')} }` : ''});`,
    'const texts = [',
    ...textLines(input.texts, '  ', '//', jsString),
    '];',
    '// top_k: null returns every label, best first; the pipeline truncates to the model’s limit.',
    ...activationComment(input.activation, '//'),
    'const output = await classifier(texts, { top_k: null });',
    'texts.forEach((text, i) => console.log(text, output[i]));',
  );
  return lines.join('\n');
}
