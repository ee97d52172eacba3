/**
 * Runs encoded rows through a classifier in padded batches, bounded in memory: at most
 * `TOKEN_BUDGET` padded tokens (and `MAX_ROWS` rows) per forward pass. transformers.js's pipelines
 * run one row per pass; a batch costs about one pass. Between passes the job yields to pending
 * messages, so a cancel stops it within one pass.
 */
import type { EncodedRow } from '../../src/shared/tokenization/types.ts';
import type { ClassifierBundle } from '../runtime/runtime-types.ts';
import { nextTask } from './cancel-points.ts';
import type { TaskContext } from './task-context.ts';

/** What a pass needs of an encoded row (Python's names, as `encodeBatch` returns them). */
export type EncodedInput = Pick<EncodedRow, 'input_ids' | 'attention_mask' | 'token_type_ids'>;

const TOKEN_BUDGET = 8192;
const MAX_ROWS = 64;
/** The `slow-steps` fault: each pass waits this long first, like a slow device (cancel tests). */
const SLOW_PASS_MS = 25;

/** How many rows of width `width` one pass takes. */
export function rowsPerPass(width: number): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(TOKEN_BUDGET / Math.max(1, width))));
}

function pad(rows: readonly number[][], width: number, value: number): number[][] {
  return rows.map((row) => [...row, ...new Array<number>(width - row.length).fill(value)]);
}

/**
 * Classifies `inputs` in order; `onPass(start, logits)` gets each pass's rows as they finish.
 * Rows of one pass are padded (right, with the tokenizer's pad id) to the longest among them.
 */
export async function classifyInBatches(
  inputs: readonly EncodedInput[],
  bundle: ClassifierBundle,
  ctx: TaskContext,
  onPass: (start: number, logits: number[][]) => void,
): Promise<{ maxRows: number; passes: number }> {
  const padId = bundle.tokenizer.padTokenId ?? 0;
  const slow = ctx.message.options?.faults?.includes('slow-steps') ? SLOW_PASS_MS : 0;
  let passes = 0;
  let maxRows = 0;
  for (let start = 0; start < inputs.length;) {
    // Consecutive rows while the padded batch stays within the budget.
    let end = start;
    let width = 0;
    while (end < inputs.length) {
      const w = Math.max(width, inputs[end]?.input_ids.length ?? 0);
      if (end > start && (end - start + 1) * w > TOKEN_BUDGET) break;
      if (end - start >= MAX_ROWS) break;
      width = w;
      end++;
    }
    const rows = inputs.slice(start, end);
    if (slow > 0) await new Promise((resolve) => setTimeout(resolve, slow));
    // Between passes, not before the first: the job has just started, and a cancel sent during
    // the first pass is taken before the second.
    if (start > 0) await nextTask();
    ctx.throwIfCancelled();
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
    onPass(start, logits);
    passes++;
    maxRows = Math.max(maxRows, rows.length);
    start = end;
  }
  return { maxRows, passes };
}
