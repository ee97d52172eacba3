import { describe, expect, it } from 'vitest';
import {
  javascriptGenerateSnippet,
  pythonGenerateSnippet,
  pythonPipelineSnippet,
  type GenerateSnippetInput,
} from './code-snippets.ts';

const chat: GenerateSnippetInput = {
  model: 'HuggingFaceTB/SmolLM2-135M-Instruct',
  host: 'https://huggingface.co',
  text: 'What is a "park"?',
  system: 'You are terse.',
  mode: 'chat',
  generation: { max_new_tokens: 32, do_sample: true, temperature: 0.7, top_k: 50 },
  dtype: 'q4',
};

const raw: GenerateSnippetInput = {
  model: 'onnx-community/SmolLM2-135M-ONNX',
  pythonId: 'HuggingFaceTB/SmolLM2-135M',
  host: 'http://127.0.0.1:8765',
  text: "It's a\nstory",
  system: '',
  mode: 'raw',
  generation: { num_beams: 3, seed: 7, max_new_tokens: 10, no_repeat_ngram_size: 2 },
};

describe('Generate code snippets', () => {
  it('Python pipeline: a chat model gets the messages, and the settings as keyword arguments', () => {
    expect(pythonPipelineSnippet(chat)).toBe(
      [
        'from transformers import pipeline',
        '',
        'generator = pipeline("text-generation", model="HuggingFaceTB/SmolLM2-135M-Instruct")',
        'messages = [',
        '    {"role": "system", "content": "You are terse."},',
        '    {"role": "user", "content": "What is a \\"park\\"?"},',
        ']',
        'result = generator(',
        '    messages,',
        '    max_new_tokens=32,',
        '    do_sample=True,',
        '    temperature=0.7,',
        '    top_k=50,',
        ')',
        'print(result[0]["generated_text"][-1]["content"])',
      ].join('\n'),
    );
  });

  it('Python pipeline: a raw prompt, the original repository, the host, the seed', () => {
    expect(pythonPipelineSnippet(raw)).toBe(
      [
        'import os',
        '',
        '# The model host of this page; set before importing transformers, which reads it once.',
        'os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"',
        '',
        'from transformers import pipeline, set_seed',
        '',
        'generator = pipeline("text-generation", model="HuggingFaceTB/SmolLM2-135M")',
        'prompt = "It\'s a\\nstory"',
        "# PyTorch's random generator is not this page's: the same seed repeats a run in Python, not these tokens.",
        'set_seed(7)',
        'result = generator(',
        '    prompt,',
        '    return_full_text=False,',
        '    num_beams=3,',
        '    max_new_tokens=10,',
        '    no_repeat_ngram_size=2,',
        ')',
        'print(result[0]["generated_text"])',
      ].join('\n'),
    );
  });

  it('Python step by step: apply_chat_template with the generation prompt, then model.generate', () => {
    expect(pythonGenerateSnippet(chat)).toBe(
      [
        'from transformers import AutoModelForCausalLM, AutoTokenizer',
        '',
        'tokenizer = AutoTokenizer.from_pretrained("HuggingFaceTB/SmolLM2-135M-Instruct")',
        'model = AutoModelForCausalLM.from_pretrained("HuggingFaceTB/SmolLM2-135M-Instruct")',
        'messages = [',
        '    {"role": "system", "content": "You are terse."},',
        '    {"role": "user", "content": "What is a \\"park\\"?"},',
        ']',
        '# The template writes the special tokens itself, and ends with the assistant turn opened.',
        'inputs = tokenizer.apply_chat_template(',
        '    messages, add_generation_prompt=True, return_tensors="pt", return_dict=True',
        ')',
        'output = model.generate(',
        '    **inputs,',
        '    max_new_tokens=32,',
        '    do_sample=True,',
        '    temperature=0.7,',
        '    top_k=50,',
        ')',
        'new_tokens = output[0, inputs["input_ids"].shape[-1] :]',
        'print(new_tokens.tolist())',
        'print(tokenizer.decode(new_tokens, skip_special_tokens=True))',
      ].join('\n'),
    );
    const plain = pythonGenerateSnippet({ ...raw, host: 'https://huggingface.co' });
    expect(plain).toContain('inputs = tokenizer(prompt, return_tensors="pt")');
    expect(plain).toContain('from transformers import AutoModelForCausalLM, AutoTokenizer, set_seed');
    expect(plain).not.toContain('apply_chat_template');
  });

  it('transformers.js: the pipeline with the dtype, the messages and the options', () => {
    expect(javascriptGenerateSnippet(chat)).toBe(
      [
        "import { pipeline } from '@huggingface/transformers';",
        '',
        "const generator = await pipeline('text-generation', 'HuggingFaceTB/SmolLM2-135M-Instruct', { dtype: 'q4' });",
        'const messages = [',
        "  { role: 'system', content: 'You are terse.' },",
        "  { role: 'user', content: 'What is a \"park\"?' },",
        '];',
        'const output = await generator(messages, {',
        '  max_new_tokens: 32,',
        '  do_sample: true,',
        '  temperature: 0.7,',
        '  top_k: 50,',
        '});',
        'console.log(output[0].generated_text.at(-1).content);',
      ].join('\n'),
    );
  });

  it('transformers.js: a raw prompt, its seedable random, and what it does not do (num_beams)', () => {
    expect(javascriptGenerateSnippet(raw)).toBe(
      [
        "import { env, pipeline, random } from '@huggingface/transformers';",
        '',
        '// The model host of this page (transformers.js wants the trailing slash).',
        "env.remoteHost = 'http://127.0.0.1:8765/';",
        '',
        "const generator = await pipeline('text-generation', 'onnx-community/SmolLM2-135M-ONNX');",
        "const prompt = 'It\\'s a\\nstory';",
        "// transformers.js's generator (Mersenne Twister, as Python's random) is not this page's: the same seed repeats a run there, not these tokens.",
        'random.seed(7);',
        '// transformers.js 4.x ignores num_beams for text generation: it decodes greedily (or samples); this page runs the beam search.',
        'const output = await generator(prompt, {',
        '  return_full_text: false,',
        '  num_beams: 3,',
        '  max_new_tokens: 10,',
        '  no_repeat_ngram_size: 2,',
        '});',
        'console.log(output[0].generated_text);',
      ].join('\n'),
    );
    expect(javascriptGenerateSnippet({ ...raw, host: 'https://huggingface.co' })).toContain(
      "import { pipeline, random } from '@huggingface/transformers';",
    );
  });

  it('a run without max_new_tokens says where it stopped, since the pipelines default to 256 new tokens', () => {
    const note = "No max_new_tokens: this page stopped at the model's max_length (prompt included)";
    const unset = { ...raw, generation: { do_sample: true } };
    expect(pythonPipelineSnippet(unset)).toContain(`# ${note}`);
    expect(javascriptGenerateSnippet(unset)).toContain(`// ${note}`);
    expect(pythonPipelineSnippet(chat)).not.toContain(note);
    // model.generate's own default is the model's max_length, as on this page.
    expect(pythonGenerateSnippet(unset)).not.toContain(note);
  });
});
