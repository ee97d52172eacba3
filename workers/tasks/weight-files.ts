/**
 * The ONNX files a decoder-only model needs for a dtype, with their sizes, before they download:
 * from the repo's tree listing on a Hub host, else one HEAD each, which mirrors answer with
 * Content-Length (and the app's static server for local models). Null when a size cannot be
 * had: the estimate then counts parameters.
 */
import { selectFiles } from '../../src/shared/model-files/select.ts';
import type { Dtype } from '../../src/shared/protocol/index.ts';
import type { ModelConfig } from '../runtime/runtime-types.ts';
import { fileUrl, repoFileSizes, sizeOf } from './plan-download.ts';
import type { TaskContext } from './task-context.ts';

export async function weightFiles(
  ctx: TaskContext,
  model: string,
  config: ModelConfig,
  dtype: Dtype,
): Promise<Array<{ file: string; bytes: number }> | null> {
  const { source } = ctx.message;
  const url = (file: string) =>
    source.kind === 'hub'
      ? fileUrl(source.location, model, file)
      : `${source.location.replace(/\/+$/, '')}/${model}/${file}`;
  const tree =
    source.kind === 'hub' ? await repoFileSizes(ctx.services.fetch, source.location, model) : undefined;
  // A repo the host does not know is the loader's to report, with its own message.
  if (tree === null) return null;
  let wanted: string[];
  try {
    const selection = selectFiles({
      modelId: model,
      host: source.location,
      config,
      dtype,
      siblings: tree ? [...tree.keys()] : undefined,
    });
    wanted = selection.files.map((f) => f.path).filter((path) => path.startsWith('onnx/'));
  } catch {
    return null;
  }
  const sizes: Array<{ file: string; bytes: number }> = [];
  for (const file of wanted) {
    try {
      const bytes = tree ? (tree.get(file) ?? null) : await sizeOf(ctx.services.fetch, url(file));
      // A missing file is the loader's to report, with its own message; here it only means no size.
      if (bytes === null || bytes <= 0) return null;
      sizes.push({ file, bytes });
    } catch {
      return null;
    }
  }
  return sizes;
}
