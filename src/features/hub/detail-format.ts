/**
 * What the model detail says of a model: the CONTRACT's JSON of it, how a base model relates,
 * "runs here?" in words, and the dtype to start with.
 */
import { formatBytes } from '../../shared/format.ts';
import type { BaseRelation, HubDtype, HubModelDetail, RunsHere } from '../../shared/protocol/index.ts';

/** CONTRACT `hub-model-detail`: exactly these keys; base models as ids. */
export function detailValue(d: HubModelDetail) {
  return {
    id: d.id,
    sha: d.sha,
    license: d.license,
    languages: d.languages,
    baseModels: d.baseModels.map((b) => b.id),
    datasets: d.datasets,
    dtypes: d.dtypes,
    lastModified: d.lastModified,
  };
}

const RELATIONS: Record<BaseRelation, string> = {
  finetune: 'fine-tune of',
  quantized: 'quantized from',
  adapter: 'adapter of',
  merge: 'merge of',
};

export const relationLabel = (relation: BaseRelation | null) =>
  relation === null ? 'based on' : RELATIONS[relation];

export const deviceLabel = (device: RunsHere['device']) => (device === 'webgpu' ? 'WebGPU' : 'WASM');

export function fitsLabel(fits: boolean | null): 'yes' | 'no' | 'unknown' {
  return fits === null ? 'unknown' : fits ? 'yes' : 'no';
}

/** "needs 120 MB of 4 GB" (or "of an unknown budget"). */
export function memoryLabel(runs: RunsHere): string {
  const of = runs.budgetBytes === null ? 'an unknown budget' : formatBytes(runs.budgetBytes);
  return `needs ${formatBytes(runs.needBytes)} of ${of}`;
}

export interface DtypeSuggestion {
  dtype: HubDtype['dtype'];
  text: string;
}

const smallest = (dtypes: readonly HubDtype[]) =>
  dtypes.reduce<HubDtype | null>((best, d) => (best === null || d.bytes < best.bytes ? d : best), null);

/**
 * The dtype to start with: the smallest download that fits here, else the smallest whose fit is
 * unknown. Smaller dtypes lose some accuracy, so the text says what transformers.js would pick.
 */
export function suggestDtype(dtypes: readonly HubDtype[]): DtypeSuggestion | null {
  if (dtypes.length === 0) return null;
  const fitting = smallest(dtypes.filter((d) => d.runs.fits === true));
  const unknown = smallest(dtypes.filter((d) => d.runs.fits === null));
  const pick = fitting ?? unknown;
  if (pick === null) {
    return null;
  }
  const on = deviceLabel(pick.runs.device);
  const why =
    pick === fitting
      ? `the smallest download that fits here (${formatBytes(pick.bytes)} on ${on})`
      : `the smallest download (${formatBytes(pick.bytes)} on ${on}); this browser gives no memory figure to check it against`;
  const q8 = dtypes.some((d) => d.dtype === 'q8');
  const note =
    pick.dtype !== 'q8' && q8 && pick.runs.device === 'wasm'
      ? ' transformers.js itself loads q8 by default on WASM, a little larger and closer to the full model.'
      : '';
  return { dtype: pick.dtype, text: `Start with ${pick.dtype}: ${why}.${note}` };
}

/** The smallest download of the model, for Compare. */
export function smallestDownload(d: HubModelDetail): HubDtype | null {
  return smallest(d.dtypeDetails);
}
