/**
 * The Hub view's jobs: a model search (one listing, read further as the list is scrolled) and
 * one model's page (metadata, sizes per dtype, whether it runs here, fine-tunes, commits). The
 * worker talks to the model host with `@huggingface/hub`; nothing here is computed in the UI.
 */
import type { Dtype } from '../../model-files/dtypes.ts';
import type { Device } from '../runtime.ts';
import type { ModelKind } from './models.ts';

/** The sort keys the view offers (CONTRACT `hub-sort`); always descending, as the Hub's pages default. */
export const HUB_SORTS = ['downloads', 'likes', 'lastModified', 'trendingScore'] as const;
export type HubSort = (typeof HUB_SORTS)[number];

export const LICENSE_GROUPS = ['permissive', 'non-commercial', 'custom'] as const;
export type LicenseGroup = (typeof LICENSE_GROUPS)[number];

/** A license filter: one exact license tag (`apache-2.0`), or a group, matched on the rows' tags. */
export type LicenseFilter = { exact: string } | { group: LicenseGroup };

export interface HubQuery {
  /** Substring of the repo id, owner included (the Hub's `search`). */
  search: string;
  /** `pipeline_tag`, or null for every task. */
  task: string | null;
  /** Only repos tagged `transformers.js`: they ship the ONNX files this app runs. */
  browserOnly: boolean;
  license: LicenseFilter | null;
  /** A language tag (`en`, `fr`), sent as `filter=`. */
  language: string | null;
  sort: HubSort;
}

export interface HubSearchJob {
  kind: 'hub-search';
  query: HubQuery;
  /**
   * Rows wanted from the top of the listing. The worker keeps the listing open between jobs, so
   * asking for more rows of the same query reads on from where it stopped (the `Link` header's next page).
   */
  count: number;
}

/** One row of a listing (CONTRACT `hub-results`: id, downloads, likes, lastModified, pipeline_tag). */
export interface HubModelRow {
  id: string;
  downloads: number;
  likes: number;
  /** ISO 8601, as the Hub sent it. */
  lastModified: string;
  pipeline_tag: string | null;
  /** From the `license:` tag; null when the repo declares none. */
  license: string | null;
  gated: false | 'auto' | 'manual';
  /** Tagged `transformers.js`. */
  browserReady: boolean;
}

export interface HubSearchResult {
  kind: 'hub-search';
  host: string;
  query: HubQuery;
  rows: HubModelRow[];
  /** False once the Hub sent a page without a `Link: rel="next"`. */
  more: boolean;
  /** Rows read from the Hub so far: more than `rows` when a license group filters them here. */
  scanned: number;
  /** Pages fetched for this listing so far. */
  pages: number;
  /** Milliseconds since the epoch, when the rows were read. */
  fetchedAt: number;
}

export interface HubModelJob {
  kind: 'hub-model';
  model: string;
  /** Branch, tag or commit; the default branch when absent. */
  revision?: string;
}

export type BaseRelation = 'finetune' | 'quantized' | 'adapter' | 'merge';

/** Whether a dtype runs on this device, estimated before anything downloads. */
export interface RunsHere {
  /** The device the app would use for it. */
  device: Device;
  /** null when the device reports no memory figure to compare with. */
  fits: boolean | null;
  /** Weights plus the working memory of one run, in bytes. */
  needBytes: number;
  budgetBytes: number | null;
  /** Where the budget comes from, for people ("the 4 GiB limit of the WebAssembly heap"). */
  budgetSource: string;
  /** One sentence: why it fits or not, or why this device cannot run it at all. */
  reason: string;
}

export interface HubDtype {
  dtype: Dtype;
  /** The sessions' `.onnx` files and their `.onnx_data` files, and nothing else (CONTRACT `dtypes`). */
  bytes: number;
  files: Array<{ path: string; bytes: number }>;
  runs: RunsHere;
  /** Every file of this dtype is in the model store for this host. */
  cached: boolean;
}

export interface HubCommit {
  id: string;
  title: string;
  /** ISO 8601. */
  date: string;
  authors: string[];
}

export interface HubModelDetail {
  id: string;
  /** The resolved commit. */
  sha: string;
  revision: string;
  author: string | null;
  /** The card's license (or the `license:` tag). */
  license: string | null;
  licenseGroup: LicenseGroup | null;
  /** `license_name` / `license_link` of an `other` license. */
  licenseName: string | null;
  licenseLink: string | null;
  languages: string[];
  datasets: string[];
  baseModels: Array<{ id: string; relation: BaseRelation | null }>;
  pipelineTag: string | null;
  libraryName: string | null;
  tags: string[];
  downloads: number;
  likes: number;
  lastModified: string;
  createdAt: string | null;
  gated: false | 'auto' | 'manual';
  /** What the app would load for its task, and so which sessions a dtype needs; null: not a task the app runs. */
  modelKind: ModelKind | null;
  sessions: string[];
  /** CONTRACT `dtypes`: dtype → total bytes, for every dtype whose sessions all exist. */
  dtypes: Partial<Record<Dtype, number>>;
  dtypeDetails: HubDtype[];
  /** ONNX files present that no dtype of the needed sessions accounts for (other exports). */
  otherOnnxFiles: number;
  /** Models whose card names this one as the base they were fine-tuned from (`base_model:finetune:<id>`). */
  finetunes: { rows: HubModelRow[]; more: boolean };
  /** The newest commits first (the repo's history). */
  commits: HubCommit[];
  /** The last page of commits was read. */
  commitsComplete: boolean;
  fetchedAt: number;
}

export interface HubModelResult {
  kind: 'hub-model';
  host: string;
  detail: HubModelDetail;
}
