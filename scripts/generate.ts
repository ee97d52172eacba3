/**
 * Runs the Glasspipe generation engine from the command line. Summarization and translation go
 * through the worker's own task handlers (the same code as the app, on onnxruntime-node), so
 * their output is what the browser shows; text generation drives the engine directly.
 *
 *   npx tsx scripts/generate.ts --model <hub id or folder> [--task summarization|translation]
 *     [--src_lang en] [--tgt_lang ro] [--prefix "translate English to Romanian: "] [--num_beams 4]
 *     [--max_length 40] [--min_length ..] [--max_new_tokens ..] [--length_penalty ..]
 *     [--early_stopping true|false|never] [--num_return_sequences ..] [--no_repeat_ngram_size ..]
 *     [--repetition_penalty ..] [--do_sample --seed 1 --temperature .. --top_k .. --top_p ..]
 *     [--json] [--dtype fp32|q8] [--local-models <dir>] [--hub <url>] [--text "..."] < article.txt
 *
 * Prints each returned sequence with its score and decoded text (special tokens skipped).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';
import { generate } from '../workers/generation/engine.ts';
import { resolveGenerationParams, taskPrefix } from '../workers/generation/params.ts';
import { createTransformersStepModel } from '../workers/runtime/step-model.ts';
import { createTransformersRuntime, wrapTokenizer } from '../workers/runtime/runtime.ts';
import { createErrorMapper, createJobRunner } from '../workers/job-runner.ts';
import { MessageHost } from '../workers/message-host.ts';
import type { FromWorker, JobSpec, ModelSource } from '../src/shared/protocol/index.ts';
import type { GenerationSettings } from '../src/shared/generation-settings.ts';

const NUMBER_OPTIONS = [
  'num_beams',
  'max_length',
  'min_length',
  'max_new_tokens',
  'min_new_tokens',
  'length_penalty',
  'num_return_sequences',
  'no_repeat_ngram_size',
  'repetition_penalty',
  'temperature',
  'top_k',
  'top_p',
  'seed',
] as const;

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    task: { type: 'string', default: 'summarization' },
    text: { type: 'string' },
    json: { type: 'boolean', default: false },
    dtype: { type: 'string' },
    src_lang: { type: 'string' },
    tgt_lang: { type: 'string' },
    prefix: { type: 'string' },
    'local-models': { type: 'string' },
    hub: { type: 'string' },
    do_sample: { type: 'boolean' },
    early_stopping: { type: 'string' },
    help: { type: 'boolean', default: false },
    num_beams: { type: 'string' },
    max_length: { type: 'string' },
    min_length: { type: 'string' },
    max_new_tokens: { type: 'string' },
    min_new_tokens: { type: 'string' },
    length_penalty: { type: 'string' },
    num_return_sequences: { type: 'string' },
    no_repeat_ngram_size: { type: 'string' },
    repetition_penalty: { type: 'string' },
    temperature: { type: 'string' },
    top_k: { type: 'string' },
    top_p: { type: 'string' },
    seed: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`generate: ${message}`);
  process.exit(2);
}

function overridesFromArgs(): GenerationSettings {
  const overrides: GenerationSettings = {};
  for (const name of NUMBER_OPTIONS) {
    const raw = values[name];
    if (typeof raw !== 'string') continue;
    const value = Number(raw);
    if (!Number.isFinite(value)) fail(`--${name} needs a number, got "${raw}"`);
    overrides[name] = value;
  }
  if (values.do_sample !== undefined) overrides.do_sample = values.do_sample;
  const early = values.early_stopping;
  if (early !== undefined) {
    if (early !== 'true' && early !== 'false' && early !== 'never')
      fail('--early_stopping is true, false or never');
    overrides.early_stopping = early === 'never' ? 'never' : early === 'true';
  }
  return overrides;
}

/** Where the model comes from: a folder on disk, a local models root, a hub mirror, or the Hub. */
function configureSource(model: string): string {
  env.useBrowserCache = false;
  env.useFSCache = false;
  if (existsSync(model) && statSync(model).isDirectory()) {
    const folder = path.resolve(model);
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.localModelPath = `${path.dirname(folder)}/`;
    return path.basename(folder);
  }
  const localModels = values['local-models'];
  if (localModels) {
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.localModelPath = `${path.resolve(localModels)}/`;
  }
  if (values.hub) {
    env.allowLocalModels = Boolean(localModels);
    env.allowRemoteModels = true;
    env.remoteHost = values.hub.endsWith('/') ? values.hub : `${values.hub}/`;
    env.remotePathTemplate = '{model}/resolve/{revision}/';
  }
  return model;
}

function parseDtype(dtype: string | undefined): 'fp32' | 'q8' | undefined {
  if (dtype === undefined || dtype === 'fp32' || dtype === 'q8') return dtype;
  return fail(`--dtype is fp32 or q8, got "${dtype}"`);
}

async function main(): Promise<void> {
  if (values.help || !values.model) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
    process.exit(values.help ? 0 : 2);
  }
  const overrides = overridesFromArgs();
  const dtype = parseDtype(values.dtype);
  const task = values.task;
  const text = values.text ?? readFileSync(0, 'utf8');
  if (text.trim() === '') fail('no input text (pipe it on stdin or pass --text)');
  if (task === 'summarization' || task === 'translation') {
    await runTask(task, values.model, text, overrides, dtype);
    return;
  }
  const id = configureSource(values.model);

  const decoderOnly = task === 'text-generation';
  const modelClass = decoderOnly ? AutoModelForCausalLM : AutoModelForSeq2SeqLM;
  const model = await modelClass.from_pretrained(id, dtype ? { dtype } : {});
  const tokenizer = wrapTokenizer(await AutoTokenizer.from_pretrained(id));
  const config = { ...model.config };
  const generationConfig = { ...(model.generation_config ?? {}) };
  // Like the pipeline: prepend the task's prefix (T5's "summarize: "), truncate to the model's
  // maximum but keep the special tokens, as Python does.
  const maxLength = Number.isFinite(tokenizer.modelMaxLength) ? tokenizer.modelMaxLength : undefined;
  const encoding = tokenizer.encode(taskPrefix(config, task) + text, {
    addSpecialTokens: true,
    ...(maxLength !== undefined ? { maxLength } : {}),
  });
  const params = resolveGenerationParams({ config, generationConfig, task, overrides });

  const stepModel = createTransformersStepModel(model);
  const started = performance.now();
  const result = await generate(
    stepModel,
    { inputIds: encoding.ids, attentionMask: encoding.attentionMask },
    params,
  );
  const elapsedMs = performance.now() - started;
  await stepModel.dispose();
  await model.dispose();

  const sequences = result.sequences.map((s) => ({
    ...s,
    text: tokenizer.decode(s.tokenIds, { skipSpecialTokens: true }).trim(),
  }));
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          model: values.model,
          task,
          params,
          inputIds: encoding.ids,
          steps: result.steps,
          elapsedMs,
          sequences,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `${values.model} · ${task} · ${encoding.ids.length} input tokens · ${result.steps} steps · ${elapsedMs.toFixed(0)} ms`,
  );
  sequences.forEach((s, i) => {
    console.log(`\n#${i + 1}  score ${s.score.toFixed(4)}  tokens ${JSON.stringify(s.tokenIds)}`);
    console.log(s.text);
  });
}

/** Where the worker's runtime finds the model: a folder on disk, a local root, a mirror or the Hub. */
function sourceFor(model: string): { id: string; source: ModelSource } {
  if (existsSync(model) && statSync(model).isDirectory()) {
    const folder = path.resolve(model);
    return { id: path.basename(folder), source: { kind: 'local', location: `${path.dirname(folder)}/` } };
  }
  const localModels = values['local-models'];
  if (localModels) return { id: model, source: { kind: 'local', location: `${path.resolve(localModels)}/` } };
  return {
    id: model,
    source: { kind: 'hub', location: values.hub ?? process.env['HF_ENDPOINT'] ?? 'https://huggingface.co' },
  };
}

/** One job through the worker's job runner, with the real runtime on onnxruntime-node. */
async function runTask(
  task: 'summarization' | 'translation',
  model: string,
  text: string,
  generation: GenerationSettings,
  dtype: 'fp32' | 'q8' | undefined,
): Promise<void> {
  const { id, source } = sourceFor(model);
  const job: JobSpec =
    task === 'summarization'
      ? {
          kind: 'summarize',
          model: id,
          text,
          generation,
          ...(values.prefix !== undefined ? { prefix: values.prefix } : {}),
        }
      : {
          kind: 'translate',
          model: id,
          text,
          generation,
          ...(values.src_lang ? { srcLang: values.src_lang } : {}),
          ...(values.tgt_lang ? { tgtLang: values.tgt_lang } : {}),
          ...(values.prefix !== undefined ? { prefix: values.prefix } : {}),
        };
  const { run } = createJobRunner(createTransformersRuntime({ wasmDevice: 'cpu' }));
  const ended = new Promise<FromWorker>((resolve) => {
    const host = new MessageHost(
      (event) => {
        if (event.type === 'done' || event.type === 'error' || event.type === 'cancelled') resolve(event);
      },
      run,
      createErrorMapper(() => 'wasm'),
    );
    host.handle({
      type: 'run',
      jobId: 'cli',
      job,
      runtime: { device: 'wasm', dtype: dtype ?? 'auto' },
      source,
    });
  });
  const end = await ended;
  if (end.type === 'error') fail(`${end.error.code}: ${end.error.message}`);
  if (end.type !== 'done' || (end.result.kind !== 'summarize' && end.result.kind !== 'translate'))
    fail('no result');
  const { result } = end;
  if (values.json) {
    // Sequences as the app shows them: ids after the decoder start token, text without specials.
    console.log(
      JSON.stringify(
        { model, task, prompt: result.prompt, tokenIds: result.tokenIds, sequences: result.sequences },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`${model} · ${task} · prompt ${JSON.stringify(result.prompt)}`);
  result.sequences.forEach((s, i) => {
    console.log(`\n#${i + 1}  score ${s.score.toFixed(4)}  tokens ${JSON.stringify(s.tokenIds)}`);
    console.log(s.text);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
