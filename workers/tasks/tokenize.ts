/**
 * The Tokenizer lab's job: load (or reuse) the tokenizer, encode the batch with Python
 * semantics (`encodeBatch`), and decode every row back, with and without special tokens.
 */
import { encodeBatch } from '../../src/shared/tokenization/encode-batch.ts';
import { describeTokenizer } from '../../src/shared/tokenization/template.ts';
import type {
  BatchOutcome,
  DecodedRow,
  RawTokenizer,
  TokenizeJob,
} from '../../src/shared/tokenization/types.ts';
import { requireModelId } from './job-input.ts';
import type { TaskHandler } from './task-context.ts';

/** The example a bad id is answered with: a Hub repository that ships a tokenizer. */
const EXAMPLE_TOKENIZER = 'Xenova/bert-base-uncased';

function decodeRows(raw: RawTokenizer, job: TokenizeJob, outcome: BatchOutcome): DecodedRow[] {
  if (!outcome.ok) return [];
  return outcome.batch.rows.map((row, i) => {
    const skipSpecials = raw.decode(row.input_ids, { skipSpecialTokens: true });
    const whole = row.cut.first.ids.length === 0 && job.pairs === null;
    return {
      withSpecials: raw.decode(row.input_ids, { skipSpecialTokens: false }),
      skipSpecials,
      roundTrips: whole ? skipSpecials === job.texts[i] : null,
    };
  });
}

export const tokenize: TaskHandler<'tokenize'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    // Before any load: an id that is not one never becomes part of a URL or a local path.
    requireModelId(job.model, EXAMPLE_TOKENIZER);
    const { now, models } = ctx.services;
    const t0 = now();
    const raw = await models.load('tokenizer', job.model, ctx);
    const t1 = now();
    const outcome = encodeBatch(raw, job.texts, job.pairs, job.settings);
    const t2 = now();
    const decoded = decodeRows(raw, job, outcome);
    const t3 = now();
    return {
      kind: 'tokenize',
      model: job.model,
      facts: describeTokenizer(raw),
      outcome,
      decoded,
      timings: { loadMs: t1 - t0, encodeMs: t2 - t1, decodeMs: t3 - t2 },
    };
  },
};
