/**
 * "Copy as code" for the Sentiment view: Python's `text-classification` pipeline and
 * transformers.js's, with the settings the view runs with (every label, truncation to the
 * model's limit) and the batch's first texts.
 */
import type { Activation, Device, Dtype } from '../../shared/protocol/index.ts';
import { DEFAULT_HUB_URL } from '../../shared/model-host.ts';

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

const literal = (text: string) => JSON.stringify(text);

function textLines(texts: readonly string[], indent: string, comment: string): string[] {
  const shown = texts
    .slice(0, SNIPPET_TEXTS)
    .map(
      (t) => `${indent}${literal(t.length > SNIPPET_TEXT_CHARS ? `${t.slice(0, SNIPPET_TEXT_CHARS)}…` : t)},`,
    );
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
  const lines: string[] = [];
  if (input.host !== DEFAULT_HUB_URL) {
    lines.push(
      'import os',
      '',
      '# The model host of this page; set before importing transformers, which reads it once.',
      `os.environ["HF_ENDPOINT"] = ${literal(input.host)}`,
      '',
    );
  }
  lines.push(
    'from transformers import pipeline',
    '',
    '# top_k=None: every label with its score, best first; truncation=True: cut to the model’s limit.',
    `classifier = pipeline("text-classification", model=${literal(input.pythonId ?? input.model)}, top_k=None, truncation=True)`,
    ...activationComment(input.activation, '#'),
    'texts = [',
    ...textLines(input.texts, '    ', '#'),
    ']',
    'for text, scores in zip(texts, classifier(texts)):',
    '    print(text, scores)',
  );
  return lines.join('\n');
}

export function javascriptSentimentSnippet(input: SentimentSnippetInput): string {
  const lines: string[] = [];
  if (input.host !== DEFAULT_HUB_URL) {
    lines.push(
      "import { env, pipeline } from '@huggingface/transformers';",
      '',
      '// The model host of this page (transformers.js wants the trailing slash).',
      `env.remoteHost = ${literal(`${input.host}/`)};`,
    );
  } else {
    lines.push("import { pipeline } from '@huggingface/transformers';");
  }
  const options = [
    ...(input.dtype ? [`dtype: ${literal(input.dtype)}`] : []),
    ...(input.device ? [`device: ${literal(input.device)}`] : []),
  ];
  lines.push(
    '',
    `const classifier = await pipeline("text-classification", ${literal(input.model)}${options.length > 0 ? `, { ${options.join(', ')} }` : ''});`,
    'const texts = [',
    ...textLines(input.texts, '  ', '//'),
    '];',
    '// top_k: null returns every label, best first; the pipeline truncates to the model’s limit.',
    ...activationComment(input.activation, '//'),
    'const output = await classifier(texts, { top_k: null });',
    'texts.forEach((text, i) => console.log(text, output[i]));',
  );
  return lines.join('\n');
}
