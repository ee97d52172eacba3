/**
 * A sequence classifier's forward pass on padded batches. transformers.js's pipelines call the
 * model once per text (zero-shot: once per (text, label) pair); we send a whole batch in one run.
 */
import type { Device } from '../../src/shared/protocol/index.ts';
import type { RawTokenizer } from '../../src/shared/tokenization/types.ts';
import type { ClassifierBatch, ClassifierBundle } from './runtime-types.ts';
import { int64Tensor } from './tensor-rows.ts';
import { Tensor, type PreTrainedModel } from './transformers.ts';

function inputNamesOf(model: PreTrainedModel): string[] {
  const session: unknown = model.sessions['model'];
  const names =
    typeof session === 'object' && session !== null && 'inputNames' in session ? session.inputNames : null;
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
}

async function rowsOf(logits: Tensor): Promise<number[][]> {
  const float32 = logits.type === 'float32' ? logits : logits.to('float32');
  const data: unknown =
    float32.location === 'gpu-buffer' ? await float32.ort_tensor.getData(true) : float32.data;
  if (!(data instanceof Float32Array))
    throw new TypeError(`Classifier logits are ${logits.type}, not numbers.`);
  const [rows = 0, labels = 0] = logits.dims;
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * labels, (r + 1) * labels)));
}

export function createClassifierBundle(
  model: PreTrainedModel,
  tokenizer: RawTokenizer,
  device: Device,
): ClassifierBundle {
  const inputs = new Set(inputNamesOf(model));
  return {
    device,
    tokenizer,
    config: { ...model.config },
    async classify(batch: ClassifierBatch) {
      const feeds: Record<string, Tensor> = {
        input_ids: int64Tensor(batch.ids),
        attention_mask: int64Tensor(batch.attentionMask),
      };
      // A session that takes token types gets the tokenizer's (or zeros, as transformers.js sends
      // when a tokenizer returns none); one that does not (DistilBERT) gets none.
      if (inputs.has('token_type_ids'))
        feeds['token_type_ids'] = int64Tensor(batch.tokenTypeIds ?? batch.ids.map((row) => row.map(() => 0)));
      const output: unknown = await model(feeds);
      const logits: unknown =
        typeof output === 'object' && output !== null && 'logits' in output ? output.logits : undefined;
      if (!(logits instanceof Tensor))
        throw new Error('The model returned no logits: it is not a sequence classifier.');
      return rowsOf(logits);
    },
    dispose: async () => {
      await model.dispose();
    },
  };
}
