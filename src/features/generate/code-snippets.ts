/**
 * "Copy as code" for the Generate view: Python's `pipeline("text-generation", …)`, Python step by
 * step (`apply_chat_template` + `model.generate`), and transformers.js's pipeline, each with the
 * prompt (or chat messages) and the exact settings the view runs with.
 */
import { jsPipelineImport, pythonHostPreamble } from '../../shared/code-snippets/host-preamble.ts';
import { jsString, pythonBool, pythonString } from '../../shared/code-snippets/literals.ts';
import { GENERATION_SETTING_NAMES, type GenerationSettings } from '../../shared/generation-settings.ts';

export interface GenerateSnippetInput {
  /** The id the app loads (a transformers.js ONNX repository). */
  model: string;
  /** The repository Python loads (the original of an ONNX export), when known. */
  pythonId?: string;
  /** The model host in use; another than the Hub sets HF_ENDPOINT / env.remoteHost. */
  host: string;
  text: string;
  system: string;
  /** `chat`: messages through the tokenizer's chat template; `raw`: the prompt as it is. */
  mode: 'chat' | 'raw';
  generation: GenerationSettings;
  /** A dtype the model runs with (the catalog's, or the page's override). */
  dtype?: string;
}

const js = (s: string): string => jsString(s, "'");

/** The generation keyword arguments set, in the settings' display order; the seed goes elsewhere. */
function kwargs(g: GenerationSettings): Array<[string, number | boolean | 'never']> {
  const out: Array<[string, number | boolean | 'never']> = [];
  for (const name of GENERATION_SETTING_NAMES) {
    const value = g[name];
    if (name !== 'seed' && value !== undefined) out.push([name, value]);
  }
  return out;
}

const pythonValue = (v: number | boolean | 'never') =>
  typeof v === 'boolean' ? pythonBool(v) : typeof v === 'number' ? String(v) : pythonString(v);
const jsValue = (v: number | boolean | 'never') => (typeof v === 'string' ? js(v) : String(v));

function messages(input: GenerateSnippetInput): Array<{ role: string; content: string }> {
  return [
    ...(input.system !== '' ? [{ role: 'system', content: input.system }] : []),
    { role: 'user', content: input.text },
  ];
}

function pythonInput(input: GenerateSnippetInput): string[] {
  if (input.mode === 'raw') return [`prompt = ${pythonString(input.text)}`];
  return [
    'messages = [',
    ...messages(input).map(
      (m) => `    {"role": ${pythonString(m.role)}, "content": ${pythonString(m.content)}},`,
    ),
    ']',
  ];
}

function pythonSeed(g: GenerationSettings): string[] {
  if (g.seed === undefined) return [];
  return [
    "# PyTorch's random generator is not this page's: the same seed repeats a run in Python, not these tokens.",
    `set_seed(${g.seed})`,
  ];
}

const pythonKwargs = (g: GenerationSettings) => kwargs(g).map(([k, v]) => `    ${k}=${pythonValue(v)},`);

/** Without a length, the page stops at the model's max_length, and a pipeline would not. */
function lengthNote(g: GenerationSettings, comment: '#' | '//'): string[] {
  if (g.max_new_tokens !== undefined || g.max_length !== undefined) return [];
  return [
    `${comment} No max_new_tokens: this page stopped at the model's max_length (prompt included); the pipeline's own default is max_new_tokens=256.`,
  ];
}

export function pythonPipelineSnippet(input: GenerateSnippetInput): string {
  const g = input.generation;
  const chat = input.mode === 'chat';
  const lines = pythonHostPreamble(input.host);
  lines.push(
    `from transformers import pipeline${g.seed === undefined ? '' : ', set_seed'}`,
    '',
    `generator = pipeline("text-generation", model=${pythonString(input.pythonId ?? input.model)})`,
    ...pythonInput(input),
    ...pythonSeed(g),
    ...lengthNote(g, '#'),
    'result = generator(',
    `    ${chat ? 'messages' : 'prompt'},`,
    // A chat returns the conversation with the reply added; a string, by default, prompt + reply.
    ...(chat ? [] : ['    return_full_text=False,']),
    ...pythonKwargs(g),
    ')',
    chat ? 'print(result[0]["generated_text"][-1]["content"])' : 'print(result[0]["generated_text"])',
  );
  return lines.join('\n');
}

export function pythonGenerateSnippet(input: GenerateSnippetInput): string {
  const g = input.generation;
  const id = pythonString(input.pythonId ?? input.model);
  const lines = pythonHostPreamble(input.host);
  lines.push(
    `from transformers import AutoModelForCausalLM, AutoTokenizer${g.seed === undefined ? '' : ', set_seed'}`,
    '',
    `tokenizer = AutoTokenizer.from_pretrained(${id})`,
    `model = AutoModelForCausalLM.from_pretrained(${id})`,
    ...pythonInput(input),
  );
  if (input.mode === 'chat')
    lines.push(
      '# The template writes the special tokens itself, and ends with the assistant turn opened.',
      'inputs = tokenizer.apply_chat_template(',
      '    messages, add_generation_prompt=True, return_tensors="pt", return_dict=True',
      ')',
    );
  else lines.push('inputs = tokenizer(prompt, return_tensors="pt")');
  lines.push(
    ...pythonSeed(g),
    'output = model.generate(',
    '    **inputs,',
    ...pythonKwargs(g),
    ')',
    'new_tokens = output[0, inputs["input_ids"].shape[-1] :]',
    'print(new_tokens.tolist())',
    'print(tokenizer.decode(new_tokens, skip_special_tokens=True))',
  );
  return lines.join('\n');
}

/** transformers.js's import, with `random` (its seedable generator) when the run is seeded. */
function jsImport(host: string, seeded: boolean): string[] {
  const lines = jsPipelineImport(host, "'");
  if (!seeded) return lines;
  return lines.map((l) => l.replace(/^import \{ (.*)pipeline \}/, 'import { $1pipeline, random }'));
}

function jsCaveats(g: GenerationSettings): string[] {
  const out: string[] = [];
  if (g.seed !== undefined)
    out.push(
      "// transformers.js's generator (Mersenne Twister, as Python's random) is not this page's: the same seed repeats a run there, not these tokens.",
      `random.seed(${g.seed});`,
    );
  if (g.num_beams !== undefined && g.num_beams > 1)
    out.push(
      '// transformers.js 4.x ignores num_beams for text generation: it decodes greedily (or samples); this page runs the beam search.',
    );
  return out;
}

export function javascriptGenerateSnippet(input: GenerateSnippetInput): string {
  const g = input.generation;
  const chat = input.mode === 'chat';
  const lines = jsImport(input.host, g.seed !== undefined);
  const options = input.dtype ? `, { dtype: ${js(input.dtype)} }` : '';
  lines.push('', `const generator = await pipeline('text-generation', ${js(input.model)}${options});`);
  if (chat)
    lines.push(
      'const messages = [',
      ...messages(input).map((m) => `  { role: ${js(m.role)}, content: ${js(m.content)} },`),
      '];',
    );
  else lines.push(`const prompt = ${js(input.text)};`);
  lines.push(
    ...jsCaveats(g),
    ...lengthNote(g, '//'),
    `const output = await generator(${chat ? 'messages' : 'prompt'}, {`,
    ...(chat ? [] : ['  return_full_text: false,']),
    ...kwargs(g).map(([k, v]) => `  ${k}: ${jsValue(v)},`),
    '});',
    chat ? 'console.log(output[0].generated_text.at(-1).content);' : 'console.log(output[0].generated_text);',
  );
  return lines.join('\n');
}
