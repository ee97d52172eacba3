/**
 * "Copy as code" for the Zero-shot view: Python `transformers` and transformers.js with the exact
 * labels, template and multi_label the view runs with. Where transformers.js would not do what
 * Python does with these settings (notes §4.2b), the JavaScript says so in a comment.
 */
import { DEFAULT_HUB_URL } from '../../shared/model-host.ts';
import { jsString, pythonBool, pythonString } from './code-literals.ts';

export interface ZeroShotSnippetInput {
  /** The id the app loads (a transformers.js ONNX repository). */
  model: string;
  /** The repository Python loads (the original of a Xenova export), when known. */
  pythonId?: string;
  /** The model host in use; another than the Hub sets HF_ENDPOINT / env.remoteHost. */
  host: string;
  /** The non-blank texts; one means a single call with a string. */
  texts: string[];
  /** The candidate labels as parsed (split and stripped). */
  labels: string[];
  template: string;
  multiLabel: boolean;
  /** A dtype the model must run with (fp32 for bart-large-mnli), or the page's override. */
  dtype?: string;
}

/** A batch in the snippet stops here; a long text is cut. */
export const SNIPPET_MAX_TEXTS = 20;
const SNIPPET_TEXT_CHARS = 500;

function shown(texts: string[]): { texts: string[]; more: number } {
  const cut = texts
    .slice(0, SNIPPET_MAX_TEXTS)
    .map((t) => (t.length > SNIPPET_TEXT_CHARS ? `${t.slice(0, SNIPPET_TEXT_CHARS)}…` : t));
  return { texts: cut, more: texts.length - cut.length };
}

export function pythonZeroShotSnippet(input: ZeroShotSnippetInput): string {
  const lines: string[] = [];
  if (input.host !== DEFAULT_HUB_URL)
    lines.push(
      'import os',
      '',
      '# The model host of this page; set before importing transformers, which reads it once.',
      `os.environ["HF_ENDPOINT"] = ${pythonString(input.host)}`,
      '',
    );
  const { texts, more } = shown(input.texts);
  const single = input.texts.length <= 1;
  lines.push(
    'from transformers import pipeline',
    '',
    `classifier = pipeline("zero-shot-classification", model=${pythonString(input.pythonId ?? input.model)})`,
  );
  if (single) lines.push(`text = ${pythonString(texts[0] ?? '')}`);
  else {
    lines.push('texts = [', ...texts.map((t) => `    ${pythonString(t)},`));
    if (more > 0) lines.push(`    # … and ${more} more`);
    lines.push(']');
  }
  lines.push(
    `result = classifier(`,
    `    ${single ? 'text' : 'texts'},`,
    `    candidate_labels=[${input.labels.map(pythonString).join(', ')}],`,
    `    hypothesis_template=${pythonString(input.template)},`,
    `    multi_label=${pythonBool(input.multiLabel)},`,
    ')',
  );
  if (single) lines.push('print(result["labels"], result["scores"])');
  else lines.push('for r in result:', '    print(r["sequence"], r["labels"], r["scores"])');
  return lines.join('\n');
}

/** Comments for settings transformers.js 4.x reads differently from Python (notes §4.2b). */
function jsCaveats(input: ZeroShotSnippetInput): string[] {
  const out: string[] = [];
  if (input.labels.some((l) => l.includes('$')))
    out.push(
      '// transformers.js fills the template with String.replace: "$&" or "$1" in a label is read as a pattern; Python inserts the label literally.',
    );
  if (/\{\{|\}\}|\{0\}/.test(input.template))
    out.push(
      '// transformers.js replaces only the first "{}" and keeps "{{", "}}" and "{0}" as written; Python formats them with str.format.',
    );
  return out;
}

export function javascriptZeroShotSnippet(input: ZeroShotSnippetInput): string {
  const lines: string[] = [];
  if (input.host !== DEFAULT_HUB_URL)
    lines.push(
      "import { env, pipeline } from '@huggingface/transformers';",
      '',
      '// The model host of this page (transformers.js wants the trailing slash).',
      `env.remoteHost = ${jsString(`${input.host}/`)};`,
    );
  else lines.push("import { pipeline } from '@huggingface/transformers';");
  const { texts, more } = shown(input.texts);
  const single = input.texts.length <= 1;
  const options = input.dtype ? `, { dtype: ${jsString(input.dtype)} }` : '';
  lines.push(
    '',
    `const classifier = await pipeline('zero-shot-classification', ${jsString(input.model)}${options});`,
  );
  if (single) lines.push(`const text = ${jsString(texts[0] ?? '')};`);
  else {
    lines.push('const texts = [', ...texts.map((t) => `  ${jsString(t)},`));
    if (more > 0) lines.push(`  // … and ${more} more`);
    lines.push('];');
  }
  lines.push(
    '// A list of labels: transformers.js keeps a comma-separated string as one label.',
    `const labels = [${input.labels.map(jsString).join(', ')}];`,
    ...jsCaveats(input),
    `const output = await classifier(${single ? 'text' : 'texts'}, labels, {`,
    `  hypothesis_template: ${jsString(input.template)},`,
    `  multi_label: ${String(input.multiLabel)},`,
    '});',
    'console.log(output);',
  );
  return lines.join('\n');
}
