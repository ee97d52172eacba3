/**
 * The lab's expected tensors computed in Node from the real tokenizer files, with the same
 * Python-semantics batch code (`encodeBatch`), to check that the browser shows exactly that for
 * each setting. Hand-checked ids in the specs pin the semantics themselves.
 */
import { loadBundledTokenizer, loadLocalTokenizer } from '../../scripts/bundled-tokenizers/load-emitted.ts';
import { encodeBatch } from '../../src/shared/tokenization/encode-batch.ts';
import { wrapTransformersTokenizer } from '../../src/shared/tokenization/transformers-adapter.ts';
import type { RawTokenizer, TokenizerSettings } from '../../src/shared/tokenization/types.ts';
import { FIXTURE_HUB_ROOT } from './fixtures.ts';

export async function bundledRaw(name: string): Promise<RawTokenizer> {
  return wrapTransformersTokenizer(await loadBundledTokenizer(name));
}

export async function fixtureRaw(model: string): Promise<RawTokenizer> {
  return wrapTransformersTokenizer(await loadLocalTokenizer(FIXTURE_HUB_ROOT, model));
}

export function expectedTensors(
  raw: RawTokenizer,
  texts: string[],
  pairs: string[] | null,
  settings: TokenizerSettings,
): { ids: number[][]; mask: number[][]; types: number[][] | null } {
  const outcome = encodeBatch(raw, texts, pairs, settings);
  if (!outcome.ok) throw new Error(`expected a batch, got: ${outcome.error.message}`);
  const rows = outcome.batch.rows;
  return {
    ids: rows.map((r) => r.input_ids),
    mask: rows.map((r) => r.attention_mask),
    types: rows.every((r) => r.token_type_ids !== null) ? rows.map((r) => r.token_type_ids ?? []) : null,
  };
}
