/**
 * Which NLI outputs zero-shot scoring reads, as Python's `ZeroShotClassificationPipeline` finds
 * them: entailment is the first `label2id` key that starts with "entail" (any case); contradiction
 * is never looked up — it is index 0, or the last index when entailment is 0. (transformers.js
 * looks both up by name and falls back to 2 and 0.)
 */
export interface NliIds {
  entailmentId: number;
  contradictionId: number;
}

export function nliIds(config: Record<string, unknown>, numLabels: number): NliIds | null {
  const label2id = config['label2id'];
  if (typeof label2id !== 'object' || label2id === null) return null;
  for (const [label, id] of Object.entries(label2id)) {
    if (label.toLowerCase().startsWith('entail') && typeof id === 'number' && id >= 0 && id < numLabels)
      return { entailmentId: id, contradictionId: id === 0 ? numLabels - 1 : 0 };
  }
  return null;
}
