/**
 * A deterministic fake model for unit tests: the logits of a row are a hash of the input and of
 * that row's whole decoder sequence, with an EOS logit that grows with length so sequences end
 * by themselves. The fake rebuilds each row's sequence only from `tokens` and `parents`, like a
 * real KV cache, so an engine that passes wrong parents gets wrong logits.
 */
import type { ModelInput, StepModel } from '../step-model.ts';

export interface FakeModelSpec {
  vocabSize: number;
  eosTokenId: number;
  isEncoderDecoder: boolean;
  /** Added to the EOS logit per token after the prefix. */
  eosGrowth: number;
  /** Varies the table, to get different but reproducible models. */
  salt: number;
}

export const DEFAULT_FAKE_SPEC: FakeModelSpec = {
  vocabSize: 16,
  eosTokenId: 1,
  isEncoderDecoder: true,
  eosGrowth: 0.45,
  salt: 7,
};

function mix(hash: number, value: number): number {
  let h = (hash ^ (value + 0x9e3779b9 + (hash << 6) + (hash >>> 2))) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The fake's logits after `sequence`, a pure function of (spec, input, sequence). */
export function fakeLogits(
  spec: FakeModelSpec,
  input: readonly number[],
  sequence: readonly number[],
  prefixLength: number,
): Float32Array {
  let hash = spec.salt;
  for (const id of input) hash = mix(hash, id + 1);
  hash = mix(hash, 0xabcdef);
  for (const id of sequence) hash = mix(hash, id + 1);
  const logits = new Float32Array(spec.vocabSize);
  for (let token = 0; token < spec.vocabSize; token++) {
    logits[token] = (mix(hash, token) / 2 ** 32) * 8 - 4;
  }
  logits[spec.eosTokenId] =
    (logits[spec.eosTokenId] ?? 0) + spec.eosGrowth * (sequence.length - prefixLength);
  return logits;
}

export class FakeStepModel implements StepModel {
  readonly isEncoderDecoder: boolean;
  /** Rows per decoder call, `start` first: lets tests check that beams are batched. */
  readonly callRows: number[] = [];
  private input: readonly number[] = [];
  private prefixLength = 0;
  private rows: number[][] = [];
  disposed = false;

  constructor(readonly spec: FakeModelSpec = DEFAULT_FAKE_SPEC) {
    this.isEncoderDecoder = spec.isEncoderDecoder;
  }

  async start(input: ModelInput, prefix: readonly number[]): Promise<Float32Array> {
    this.input = [...input.inputIds];
    this.prefixLength = prefix.length;
    this.rows = [[...prefix]];
    this.callRows.push(1);
    return fakeLogits(this.spec, this.input, prefix, this.prefixLength);
  }

  async step(tokens: readonly number[], parents: readonly number[]): Promise<Float32Array[]> {
    this.rows = parents.map((parent, row) => {
      const previous = this.rows[parent];
      const token = tokens[row];
      if (!previous || token === undefined) throw new RangeError(`No row ${parent} to continue.`);
      return [...previous, token];
    });
    this.callRows.push(this.rows.length);
    return this.rows.map((sequence) => fakeLogits(this.spec, this.input, sequence, this.prefixLength));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}
