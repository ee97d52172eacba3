/**
 * The Tokenizer lab's job: load (or reuse) the tokenizer, encode the batch with Python
 * semantics (`encodeBatch`), and decode every row back, with and without special tokens.
 * The tokenizer comes from `deps.getTokenizer`, so this runs in unit tests without a model.
 */
import { modelIdError } from '../../src/shared/model-id.ts';
import { encodeBatch } from '../../src/shared/tokenization/encode-batch.ts';
import { describeTokenizer } from '../../src/shared/tokenization/template.ts';
import type {
  BatchOutcome,
  DecodedRow,
  RawTokenizer,
  TokenizeJob,
  TokenizeResult,
} from '../../src/shared/tokenization/types.ts';
import { JobFailure } from '../error-classifier.ts';

/** The example a bad id is answered with: a Hub repository that ships a tokenizer. */
const EXAMPLE_TOKENIZER = 'Xenova/bert-base-uncased';

export interface TokenizeDeps {
  /** The tokenizer for a model id (cached by the caller; bundled ids load from the app's folder). */
  getTokenizer(model: string): Promise<RawTokenizer>;
  now(): number;
}

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

export async function runTokenize(job: TokenizeJob, deps: TokenizeDeps): Promise<TokenizeResult> {
  // Before any load: an id that is not one never becomes part of a URL or a local path.
  const idError = modelIdError(job.model, EXAMPLE_TOKENIZER);
  if (idError !== null) throw new JobFailure(idError);
  const t0 = deps.now();
  const raw = await deps.getTokenizer(job.model);
  const t1 = deps.now();
  const outcome = encodeBatch(raw, job.texts, job.pairs, job.settings);
  const t2 = deps.now();
  const decoded = decodeRows(raw, job, outcome);
  const t3 = deps.now();
  return {
    kind: 'tokenize',
    model: job.model,
    facts: describeTokenizer(raw),
    outcome,
    decoded,
    timings: { loadMs: t1 - t0, encodeMs: t2 - t1, decodeMs: t3 - t2 },
  };
}
