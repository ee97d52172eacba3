/**
 * "Copy as code" for the Zero-shot view: Python `transformers` and transformers.js with the exact
 * labels, template and multi_label the view runs with. Where transformers.js would not do what
 * Python does with these settings (notes §4.2b), the JavaScript says so in a comment.
 */
import { jsPipelineImport, pythonHostPreamble } from '../../shared/code-snippets/host-preamble.ts';
import { jsString, pythonBool, pythonString } from '../../shared/code-snippets/literals.ts';

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

/** This snippet's JavaScript is single-quoted throughout (its fixed parts too), so its literals are too. */
const js = (s: string): string => jsString(s, "'");

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
  const lines = pythonHostPreamble(input.host);
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
  const lines = jsPipelineImport(input.host, "'");
  const { texts, more } = shown(input.texts);
  const single = input.texts.length <= 1;
  const options = input.dtype ? `, { dtype: ${js(input.dtype)} }` : '';
  lines.push(
    '',
    `const classifier = await pipeline('zero-shot-classification', ${js(input.model)}${options});`,
  );
  if (single) lines.push(`const text = ${js(texts[0] ?? '')};`);
  else {
    lines.push('const texts = [', ...texts.map((t) => `  ${js(t)},`));
    if (more > 0) lines.push(`  // … and ${more} more`);
    lines.push('];');
  }
  lines.push(
    '// A list of labels: transformers.js keeps a comma-separated string as one label.',
    `const labels = [${input.labels.map(js).join(', ')}];`,
    ...jsCaveats(input),
    `const output = await classifier(${single ? 'text' : 'texts'}, labels, {`,
    `  hypothesis_template: ${js(input.template)},`,
    `  multi_label: ${String(input.multiLabel)},`,
    '});',
    'console.log(output);',
  );
  return lines.join('\n');
}
