/** The Models & offline view's jobs: what is stored, deleting it, and downloading for offline use. */
import type { Dtype } from '../../model-files/dtypes.ts';

export interface CachedModelInfo {
  /** The model host, or `local` for the app's own folder. */
  host: string;
  model: string;
  /** null for local models (no revisions). */
  revision: string | null;
  files: Array<{ file: string; bytes: number; dtype: string | null }>;
  totalBytes: number;
  dtypes: string[];
  /** Milliseconds since the epoch. */
  lastUsed: number;
}

export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/**
 * What a view loads of a model: a seq2seq model (encoder + merged decoder), or only the
 * tokenizer, or a sequence classifier (one `model` session), or a causal LM (one `model` session with a KV cache). It decides which files a download needs; later tasks add their kinds here.
 */
export const MODEL_KINDS = ['seq2seq', 'tokenizer', 'classifier', 'causal'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface ModelsListJob {
  kind: 'models-list';
}

export interface ModelsDeleteJob {
  kind: 'models-delete';
  /** One model, or every cached model. */
  target: { host: string; model: string; revision: string | null } | 'all';
}

/** "Make available offline": download these models' files for the current device and dtype. */
export interface PrefetchJob {
  kind: 'prefetch';
  /** `dtype`: the one the model runs with where its view fixes one (its catalog entry); else the policy's. */
  models: Array<{ model: string; kind: ModelKind; dtype?: Dtype }>;
}

export interface ModelsListResult {
  kind: 'models-list';
  models: CachedModelInfo[];
  storage: StorageInfo;
}

export interface ModelsDeleteResult {
  kind: 'models-delete';
  deletedFiles: number;
}

export interface PrefetchResult {
  kind: 'prefetch';
  /** Bytes the plan announced before downloading, per model. */
  planned: Array<{ model: string; bytes: number; files: number }>;
}
