import type { CachedModelInfo, Dtype, ModelKind } from './protocol/index.ts';
import { BUNDLED_TOKENIZERS, bundledTokenizer } from './tokenization/bundled.ts';

export interface OfflineTarget {
  /** The view that uses the model, for people. */
  view: string;
  model: string;
  kind: ModelKind;
  dtype?: Dtype;
}

/**
 * Whether a model's files are in this browser for the host in use. Bundled tokenizers are
 * stored as local files under the app's tokenizers/ folder, named by their folder.
 */
export function isCached(models: CachedModelInfo[], target: OfflineTarget, hubUrl: string): boolean {
  const bundled = bundledTokenizer(target.model);
  return models.some((m) => {
    const hasTokenizer = m.files.some((f) => f.file.endsWith('tokenizer.json'));
    if (bundled) return m.host === 'local' && m.model.endsWith(bundled.name) && hasTokenizer;
    if (m.host !== hubUrl || m.model !== target.model || !hasTokenizer) return false;
    return target.kind === 'tokenizer' || m.files.some((f) => f.file.startsWith('onnx/'));
  });
}

/**
 * How the Models view names a stored model and where it came from. Bundled tokenizers are stored
 * as local files named by their folder (`qwen3`); people know them as `bundled/qwen3`.
 */
export function storedModelLabel(m: CachedModelInfo): { name: string; source: string } {
  if (m.host !== 'local') return { name: m.model, source: m.host };
  const bundled = BUNDLED_TOKENIZERS.find((t) => m.model === t.name || m.model.endsWith(`/${t.name}`));
  const tokenizerOnly = m.files.every((f) => !f.file.startsWith('onnx/'));
  if (bundled && tokenizerOnly) return { name: bundled.id, source: 'shipped with the app' };
  return { name: m.model, source: 'the app’s local model folder' };
}

/** What a target that is not stored needs before it works offline. */
export function offlineNeed(target: OfflineTarget, hubUrl: string): string {
  if (bundledTokenizer(target.model))
    return 'ships with the app but is not stored in this browser yet: Make available offline stores it';
  return `is not stored: it needs the network (${hubUrl})`;
}
