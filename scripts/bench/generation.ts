/**
 * Issue 4 targets: beam search (4 beams) ÷ greedy on the same input and the same number of steps
 * (target ≤ 2), and the engine's greedy ÷ transformers.js's own greedy `generate` (target ≤ 1.1).
 * Run on the tiny test model and on a larger one (d_model 256, 4+4 layers) whose forward pass
 * dominates the per-step cost as in real models.
 */
import { AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';
import { benchGeneration } from '../../workers/runtime/bench-generation.ts';
import { resolveGenerationParams, taskPrefix } from '../../workers/generation/params.ts';
import { writeFixtures } from '../fixtures/hub-writer.ts';
import { tinyT5 } from '../fixtures/models/tiny-t5.ts';

const ARTICLE =
  'The city council met on Tuesday to discuss the new park. Residents said the park would bring families ' +
  'together, and the mayor promised that work would start in the spring. Some people worried about the cost.';
const STEPS = 30;
const BENCH_SIZE = { dModel: 256, heads: 8, headDim: 32, ffDim: 1024, encoderLayers: 4, decoderLayers: 4 };

export async function benchGenerationSection(dir: string): Promise<string[]> {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.useFSCache = false;
  const lines: string[] = [];
  for (const [id, root, runs] of [
    ['glasspipe-test/tiny-t5', 'fixtures/hub', 21],
    // More rounds: a 2-core machine shared with other work makes single rounds noisy.
    ['glasspipe-test/bench-t5', dir, 15],
  ] as const) {
    // Built after the tiny model's runs: building it allocates a lot, and GC would skew those.
    if (id === 'glasspipe-test/bench-t5') writeFixtures(dir, [tinyT5(id, BENCH_SIZE)]);
    env.localModelPath = `${root}/`;
    const model = await AutoModelForSeq2SeqLM.from_pretrained(id, { dtype: 'fp32' });
    const tokenizer = await AutoTokenizer.from_pretrained(id);
    const config = { ...model.config };
    const ids = tokenizer.encode(taskPrefix(config, 'summarization') + ARTICLE);
    // min = max length: greedy and every beam run exactly the same number of decoder steps.
    const params = resolveGenerationParams({
      config,
      generationConfig: { ...(model.generation_config ?? {}) },
      task: 'summarization',
      overrides: { min_length: STEPS, max_length: STEPS, no_repeat_ngram_size: 0 },
    });
    const r = await benchGeneration({
      model,
      input: { inputIds: ids, attentionMask: ids.map(() => 1) },
      params,
      runs,
    });
    await model.dispose();
    lines.push(
      `${id} (fp32, onnxruntime-node CPU, ${r.greedyNewTokens} new tokens, median of ${r.runs}):`,
      `  engine greedy ${r.engineGreedyMs.toFixed(1)} ms · engine beam×4 ${r.engineBeam4Ms.toFixed(1)} ms · transformers.js greedy ${r.libraryGreedyMs.toFixed(1)} ms`,
      `  beam(4) ÷ greedy = ${(r.engineBeam4Ms / r.engineGreedyMs).toFixed(2)} (target ≤ 2)` +
        ` · engine ÷ library greedy = ${(r.engineGreedyMs / r.libraryGreedyMs).toFixed(2)} (target ≤ 1.05 on bench-t5)` +
        ` · same greedy tokens as the library: ${r.greedyMatchesLibrary ? 'yes' : 'NO'}`,
    );
  }
  return lines;
}
