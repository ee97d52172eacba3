/**
 * The real `StepModel` over a loaded transformers.js model (AutoModelForSeq2SeqLM or
 * AutoModelForCausalLM). Every decoder call goes through `model.forward`, so the library still
 * feeds `use_cache_branch`, builds the empty first-step cache from the graph's declared shapes,
 * derives `position_ids` from the attention mask and maps `encoder_attention_mask`. What the
 * library's own `generate` cannot do, we do here: several rows (beams) per call and a cache
 * reordered by parent row on every step.
 */
import { DynamicCache, Tensor, type PreTrainedModel } from './transformers.ts';
import { isRecord } from '../generation/params.ts';
import type { ModelInput, StepModel } from '../generation/step-model.ts';
import { disposeIfOnGpu, gatherRows, int64Tensor, isIdentity, lastPositionLogits } from './tensor-rows.ts';

export function createTransformersStepModel(model: PreTrainedModel): StepModel {
  return new TransformersStepModel(model);
}

interface EncoderState {
  hiddenStates: Tensor;
  attentionMask: Tensor;
  /** The two above repeated to a row count, built once per count. */
  expanded: Map<number, { hiddenStates: Tensor; attentionMask: Tensor }>;
}

class TransformersStepModel implements StepModel {
  readonly isEncoderDecoder: boolean;
  encoderInfo: { shape: number[]; ms: number } | null = null;
  private encoder: EncoderState | null = null;
  /** Self-attention cache (`past_key_values.{i}.decoder.*`, or `past_key_values.{i}.*`): one row per live row. */
  private selfAttention = new Map<string, Tensor>();
  /** Cross-attention cache (`past_key_values.{i}.encoder.*`): every row holds the same values. */
  private crossAttention = new Map<string, Tensor>();
  /** Decoder-only: the attention mask of one row, grown by one per step as the library does. */
  private attentionMask: number[] = [];
  private rows = 0;

  constructor(private readonly model: PreTrainedModel) {
    // The merged decoder session is what transformers.js's seq2seq forward runs.
    this.isEncoderDecoder = model.sessions['decoder_model_merged'] !== undefined;
  }

  async start(input: ModelInput, prefix: readonly number[]): Promise<Float32Array> {
    await this.dispose();
    if (this.isEncoderDecoder) {
      const t0 = performance.now();
      this.encoder = await this.encode(input);
      this.encoderInfo = { shape: [...this.encoder.hiddenStates.dims], ms: performance.now() - t0 };
    } else this.attentionMask = [...input.attentionMask];
    const logits = await this.decode([prefix], false);
    const first = logits[0];
    if (!first) throw new Error('The decoder returned no logits.');
    return first;
  }

  async step(tokens: readonly number[], parents: readonly number[]): Promise<Float32Array[]> {
    if (tokens.length !== parents.length) throw new RangeError('One parent row per token is needed.');
    if (!isIdentity(parents, this.rows)) await this.reorder(parents);
    if (!this.isEncoderDecoder) this.attentionMask.push(1);
    return this.decode(
      tokens.map((token) => [token]),
      true,
    );
  }

  async dispose(): Promise<void> {
    for (const tensor of [...this.selfAttention.values(), ...this.crossAttention.values()])
      disposeIfOnGpu(tensor);
    this.selfAttention.clear();
    this.crossAttention.clear();
    this.encoder = null;
    this.rows = 0;
  }

  /**
   * Runs the encoder once through the library's `_prepare_encoder_decoder_kwargs_for_generation`,
   * what its own `generate` calls: it also handles encoders that take `inputs_embeds` and
   * zero-fills `token_type_ids` when the graph declares them.
   */
  private async encode(input: ModelInput): Promise<EncoderState> {
    const inputIds = int64Tensor([input.inputIds]);
    const attentionMask = int64Tensor([input.attentionMask]);
    // The library types this method's argument and result as `any`; we read the result as unknown.
    const prepared: unknown = await this.model._prepare_encoder_decoder_kwargs_for_generation({
      inputs_tensor: inputIds,
      model_inputs: { input_ids: inputIds, attention_mask: attentionMask },
      model_input_name: 'input_ids',
      generation_config: { guidance_scale: null },
    });
    const hiddenStates = isRecord(prepared) ? prepared['encoder_outputs'] : undefined;
    if (!(hiddenStates instanceof Tensor)) throw new Error('The encoder returned no last_hidden_state.');
    return { hiddenStates, attentionMask, expanded: new Map() };
  }

  /** Row r of the new batch continues row parents[r]: reorder the self-attention cache. */
  private async reorder(parents: readonly number[]): Promise<void> {
    for (const [name, tensor] of this.selfAttention) {
      this.selfAttention.set(name, await gatherRows(tensor, parents));
      disposeIfOnGpu(tensor);
    }
    // Cross-attention keys/values come from the one input, identical in every row: reordering
    // is the identity on them, only the row count can change (1 row after `start`, then beams).
    if (parents.length !== this.rows) {
      for (const [name, tensor] of this.crossAttention) {
        this.crossAttention.set(
          name,
          await gatherRows(
            tensor,
            parents.map(() => 0),
          ),
        );
        disposeIfOnGpu(tensor);
      }
    }
    this.rows = parents.length;
  }

  /** One decoder call over `rows` (all the same length), with or without the cache. */
  private async decode(rows: readonly (readonly number[])[], withCache: boolean): Promise<Float32Array[]> {
    const ids = int64Tensor(rows);
    const inputs: Record<string, unknown> = {
      // Null makes the library build the empty first-step cache and set use_cache_branch=false.
      past_key_values: withCache
        ? new DynamicCache(Object.fromEntries([...this.selfAttention, ...this.crossAttention]))
        : null,
      // Only the last position's logits are needed; dropped by the library if the graph lacks it.
      num_logits_to_keep: new Tensor('int64', BigInt64Array.from([1n]), []),
    };
    if (this.isEncoderDecoder) {
      const encoder = await this.encoderFor(rows.length);
      Object.assign(inputs, {
        encoder_outputs: encoder.hiddenStates,
        attention_mask: encoder.attentionMask,
        decoder_input_ids: ids,
      });
    } else {
      const mask = rows.map(() => this.attentionMask);
      Object.assign(inputs, { input_ids: ids, attention_mask: int64Tensor(mask) });
    }
    // `forward` is typed `(any) => Promise<any>`; we only trust what we check below.
    const outputs: unknown = await this.model.forward(inputs);
    const tensors = new Map<string, Tensor>();
    if (isRecord(outputs)) {
      for (const [name, value] of Object.entries(outputs))
        if (value instanceof Tensor) tensors.set(name, value);
    }
    const logits = tensors.get('logits');
    if (!logits) throw new Error('The decoder returned no logits.');
    const result = await lastPositionLogits(logits);
    this.updateCache(tensors, withCache);
    disposeIfOnGpu(logits);
    this.rows = rows.length;
    return result;
  }

  /** Like the library's getPastKeyValues: `present*` outputs become the next `past*` inputs. */
  private updateCache(outputs: Map<string, Tensor>, withCache: boolean): void {
    for (const [name, tensor] of outputs) {
      const pastName = pastNameFor(name);
      if (pastName === null) continue;
      if (name.includes('encoder')) {
        // Optimum's merged decoders return constant encoder presents once the cache is in use;
        // the library keeps the first ones, and so do we.
        if (withCache) disposeIfOnGpu(tensor);
        else this.crossAttention.set(pastName, tensor);
        continue;
      }
      const previous = this.selfAttention.get(pastName);
      if (previous && previous !== tensor) disposeIfOnGpu(previous);
      this.selfAttention.set(pastName, tensor);
    }
  }

  private async encoderFor(rows: number): Promise<{ hiddenStates: Tensor; attentionMask: Tensor }> {
    const encoder = this.encoder;
    if (!encoder) throw new Error('start() must run before step().');
    if (rows === 1) return encoder;
    let expanded = encoder.expanded.get(rows);
    if (!expanded) {
      const zeros = Array.from({ length: rows }, () => 0);
      expanded = {
        hiddenStates: await gatherRows(encoder.hiddenStates, zeros),
        attentionMask: await gatherRows(encoder.attentionMask, zeros),
      };
      encoder.expanded.set(rows, expanded);
    }
    return expanded;
  }
}

/** `present.0.decoder.key` → `past_key_values.0.decoder.key`; hybrid `present_conv…` → `past_conv…`. */
function pastNameFor(outputName: string): string | null {
  if (outputName.startsWith('present.')) return `past_key_values.${outputName.slice('present.'.length)}`;
  if (outputName.startsWith('present_')) return `past_${outputName.slice('present_'.length)}`;
  return null;
}
