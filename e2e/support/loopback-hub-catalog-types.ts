/**
 * The shape of the loopback hub's catalog (loopback-hub-catalog.ts): what a model card says
 * (`card`, the README's YAML header as the Hub returns it in `cardData`) and what the Hub itself
 * knows (counts, dates, gating, history, files).
 */

export type BaseRelation = 'finetune' | 'quantized' | 'adapter' | 'merge';
export type Gated = false | 'auto' | 'manual';

/** ApiModelMetadata of @huggingface/hub: a field may be a string or a list, as on real cards. */
export interface CatalogCard {
  license?: string;
  license_name?: string;
  license_link?: string;
  language?: string | string[];
  datasets?: string | string[];
  base_model?: string | string[];
  base_model_relation?: BaseRelation;
  pipeline_tag?: string;
  library_name?: string;
  tags?: string[];
}

/** `architectures` and `model_type`, as the Hub's `config` field and a synthesized config.json. */
export interface CatalogConfig {
  architectures?: string[];
  model_type: string;
}

/** A file known by its path and size only (no bytes are served for it). */
export interface CatalogFile {
  path: string;
  size: number;
}

export interface CatalogCommit {
  title: string;
  /** The commit body; the Hub's `message`. */
  message?: string;
  /** A Hub user name; defaults to the repo's author. */
  author?: string;
}

interface CatalogModelBase {
  id: string;
  card: CatalogCard;
  /** The Hub's pipeline tag: the card's, or what the Hub inferred from the config. */
  pipeline_tag?: string;
  library_name: string;
  gated?: Gated;
  /** Last 30 days. */
  downloads: number;
  downloadsAllTime: number;
  likes: number;
  trendingScore: number;
  createdAt: string;
  /** The date of the newest commit on main. */
  lastModified: string;
  /** Tags the Hub computes beyond the card and files (`conversational`, `text-generation-inference`...). */
  hubTags?: string[];
  /** A known real `_id`; otherwise one is derived from the id and creation date. */
  objectId?: string;
  /** Oldest first; their dates run evenly from createdAt to lastModified. */
  history: CatalogCommit[];
  /** An open pull request at `refs/pr/1`: one commit on top of main. */
  pullRequest?: CatalogCommit;
  spaces?: string[];
}

/** A real repo under the served root: files, config and its newest commit id come from disk. */
export interface FixtureCatalogModel extends CatalogModelBase {
  source: 'fixture';
}

/** A repo the loopback hub knows the metadata of, but holds no bytes for (except config.json). */
export interface MetadataCatalogModel extends CatalogModelBase {
  source: 'metadata';
  config: CatalogConfig;
  /** Every file but config.json, which is synthesized from `config`. */
  files: CatalogFile[];
}

export type CatalogModel = FixtureCatalogModel | MetadataCatalogModel;
