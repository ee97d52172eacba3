/**
 * Runs encoded rows through a classifier in the padded passes `planPasses` makes. Between passes
 * the job yields to pending messages, so a cancel stops it within one pass.
 */
import type { EncodedRow } from '../../src/shared/tokenization/types.ts';
import type { ClassifierBundle } from '../runtime/runtime-types.ts';
import { nextTask } from './cancel-points.ts';
import { planPasses } from './pass-plan.ts';
import type { TaskContext } from './task-context.ts';

/** What a pass needs of an encoded row (Python's names, as `encodeBatch` returns them). */
export type EncodedInput = Pick<EncodedRow, 'input_ids' | 'attention_mask' | 'token_type_ids'>;

/** The `slow-steps` fault: each pass waits this long first, like a slow device (cancel tests). */
const SLOW_PASS_MS = 25;

export interface Batching {
  maxRows: number;
  passes: number;
  /** Tokens the passes ran, padding included, against the rows' own. */
  tokens: number;
  paddedTokens: number;
}

function pad(rows: readonly number[][], width: number, value: number): number[][] {
  return rows.map((row) => [...row, ...new Array<number>(width - row.length).fill(value)]);
}

/**
 * Classifies `inputs`; `onPass(rows, logits)` gets each pass's row indices and their logits as the
 * pass finishes. Rows of a pass are padded (right, with the tokenizer's pad id) to its longest.
 */
export async function classifyInBatches(
  inputs: readonly EncodedInput[],
  bundle: ClassifierBundle,
  ctx: TaskContext,
  onPass: (rows: readonly number[], logits: number[][]) => void,
): Promise<Batching> {
  const padId = bundle.tokenizer.padTokenId ?? 0;
  const slow = ctx.message.options?.faults?.includes('slow-steps') ? SLOW_PASS_MS : 0;
  const plan = planPasses(inputs.map((r) => r.input_ids.length));
  const batching: Batching = { maxRows: 0, passes: 0, tokens: 0, paddedTokens: 0 };
  for (const [p, indices] of plan.entries()) {
    if (slow > 0) await new Promise((resolve) => setTimeout(resolve, slow));
    // Between passes, not before the first: the job has just started, and a cancel sent during
    // the first pass is taken before the second.
    if (p > 0) await nextTask();
    ctx.throwIfCancelled();
    const rows = indices.flatMap((i) => inputs[i] ?? []);
    const width = Math.max(0, ...rows.map((r) => r.input_ids.length));
    const typed = rows.every((r) => r.token_type_ids !== null);
    const batch = {
      ids: pad(
        rows.map((r) => r.input_ids),
        width,
        padId,
      ),
      attentionMask: pad(
        rows.map((r) => r.attention_mask),
        width,
        0,
      ),
      tokenTypeIds: typed
        ? pad(
            rows.map((r) => r.token_type_ids ?? []),
            width,
            0,
          )
        : null,
    };
    const run = () => bundle.classify(batch);
    const logits = bundle.device === 'webgpu' ? await ctx.services.gpu.run(run) : await run();
    ctx.throwIfCancelled();
    onPass(indices, logits);
    batching.passes++;
    batching.maxRows = Math.max(batching.maxRows, rows.length);
    batching.tokens += rows.reduce((n, r) => n + r.input_ids.length, 0);
    batching.paddedTokens += rows.length * width;
  }
  return batching;
}
