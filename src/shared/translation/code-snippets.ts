/**
 * "Copy as code" for a translation pane: Python `transformers` (the pipeline, and the
 * `AutoModelForSeq2SeqLM.generate` form that shows the instruction and language tokens) and
 * transformers.js, with the exact settings the pane runs with.
 */
import { jsPipelineImport, pythonHostPreamble } from '../code-snippets/host-preamble.ts';
import { jsString, pythonBool, pythonString } from '../code-snippets/literals.ts';
import type { GenerationSettings } from '../generation-settings.ts';

export interface TranslationSnippetInput {
  /** The id the app loads (a transformers.js ONNX repository). */
  model: string;
  /** The repository Python loads (the original of a Xenova export), when known. */
  pythonId?: string;
  /** The model host in use; another than the Hub sets HF_ENDPOINT / env.remoteHost. */
  host: string;
  /** `translation_en_to_ro` for instruction models with that entry; else plain `translation`. */
  task: string;
  /** The instruction before the text (`''`: none). */
  prefix: string;
  /** Multilingual models: the tokenizer's language codes. */
  languages: { src: string | null; tgt: string } | null;
  generation: GenerationSettings;
  text: string;
}

const SNIPPET_TEXT_CHARS = 200;

function shortText(text: string): string {
  return text.length > SNIPPET_TEXT_CHARS ? `${text.slice(0, SNIPPET_TEXT_CHARS)}…` : text;
}

function pythonValue(value: unknown): string {
  if (typeof value === 'boolean') return pythonBool(value);
  return typeof value === 'string' ? pythonString(value) : String(value);
}

function jsValue(value: unknown): string {
  return typeof value === 'string' ? jsString(value) : String(value);
}

function kwargs(generation: GenerationSettings, value: (v: unknown) => string, sep: string): string[] {
  return Object.entries(generation)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}${sep}${value(v)}`);
}

export function pythonTranslationSnippet(input: TranslationSnippetInput): string {
  const id = input.pythonId ?? input.model;
  const lines = pythonHostPreamble(input.host);
  const gen = kwargs(input.generation, pythonValue, '=');
  const langs = input.languages;
  lines.push('from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, pipeline', '');
  lines.push(`text = ${pythonString(shortText(input.text))}`, '');
  // 1. The pipeline: the same defaults (task_specific_params, generation_config) as the app.
  const pipelineArgs = [pythonString(input.task), `model=${pythonString(id)}`];
  if (langs)
    pipelineArgs.push(
      ...(langs.src ? [`src_lang=${pythonString(langs.src)}`] : []),
      `tgt_lang=${pythonString(langs.tgt)}`,
    );
  lines.push('# 1. As a pipeline', `translator = pipeline(${pipelineArgs.join(', ')})`);
  const callText =
    input.task === 'translation' && input.prefix !== '' ? `${pythonString(input.prefix)} + text` : 'text';
  lines.push(`print(translator(${[callText, ...gen].join(', ')})[0]["translation_text"])`, '');
  // 2. By hand: the exact input the model gets, and generate.
  lines.push('# 2. With generate: the instruction and the language tokens spelled out');
  lines.push(
    `tokenizer = AutoTokenizer.from_pretrained(${pythonString(id)}${langs?.src ? `, src_lang=${pythonString(langs.src)}` : ''})`,
    `model = AutoModelForSeq2SeqLM.from_pretrained(${pythonString(id)})`,
    `inputs = tokenizer(${input.prefix === '' ? 'text' : `${pythonString(input.prefix)} + text`}, return_tensors="pt")`,
  );
  const generateArgs = ['**inputs', ...gen];
  if (langs)
    generateArgs.push(`forced_bos_token_id=tokenizer.convert_tokens_to_ids(${pythonString(langs.tgt)})`);
  lines.push(
    `outputs = model.generate(${generateArgs.join(', ')})`,
    'print(tokenizer.decode(outputs[0], skip_special_tokens=True))',
  );
  return lines.join('\n');
}

export function javascriptTranslationSnippet(input: TranslationSnippetInput): string {
  const lines = jsPipelineImport(input.host);
  const options = kwargs(input.generation, jsValue, ': ');
  if (input.languages) {
    if (input.languages.src) options.push(`src_lang: ${jsString(input.languages.src)}`);
    options.push(`tgt_lang: ${jsString(input.languages.tgt)}`);
  }
  // transformers.js adds task_specific_params[task].prefix only for the full task name.
  const text =
    input.task === 'translation' && input.prefix !== '' ? `${jsString(input.prefix)} + text` : 'text';
  lines.push(
    '',
    `const text = ${jsString(shortText(input.text))};`,
    `const translator = await pipeline(${jsString(input.task)}, ${jsString(input.model)});`,
    '// transformers.js 4.x decodes greedily whatever num_beams says; Glasspipe runs its own beam search.',
    `const [out] = await translator(${text}${options.length > 0 ? `, { ${options.join(', ')} }` : ''});`,
    'console.log(out.translation_text);',
  );
  return lines.join('\n');
}
