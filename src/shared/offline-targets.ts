import type { CachedModelInfo, OfflineTask } from './model-inventory.ts';
import { bundledTokenizer } from './tokenization/bundled.ts';

export interface OfflineTarget {
  view: string;
  model: string;
  task: OfflineTask;
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
    return target.task === 'tokenizer' || m.files.some((f) => f.file.startsWith('onnx/'));
  });
}
