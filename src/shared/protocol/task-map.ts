/**
 * Every job the worker runs, in ONE map: a task's job and result types are entered here once,
 * and the unions below are derived from it. A task whose handler is missing from the worker's
 * table (workers/tasks/registry.ts) is a compile error.
 */
import type { ExtractJob, ExtractResult } from './tasks/extract.ts';
import type { GenerateJob, GenerateResult } from './tasks/generate.ts';
import type { HubModelJob, HubModelResult, HubSearchJob, HubSearchResult } from './tasks/hub.ts';
import type { ModelFactsJob, ModelFactsResult } from './tasks/model-facts.ts';
import type {
  ModelsDeleteJob,
  ModelsDeleteResult,
  ModelsListJob,
  ModelsListResult,
  PrefetchJob,
  PrefetchResult,
} from './tasks/models.ts';
import type { ClassifiedText, SentimentJob, SentimentResult } from './tasks/sentiment.ts';
import type { SummarizeJob, SummaryResult } from './tasks/summarize.ts';
import type { TokenizeJob, TokenizeResult } from './tasks/tokenize.ts';
import type { TranslateJob, TranslationResult } from './tasks/translate.ts';
import type { ZeroShotItem, ZeroShotJob, ZeroShotResult } from './tasks/zero-shot.ts';

/**
 * `item`: what a batch task streams before its result, one per input (a classified line), in
 * `items` events; tasks without it stream nothing of the kind.
 */
export interface TaskMap {
  summarize: { job: SummarizeJob; result: SummaryResult };
  extract: { job: ExtractJob; result: ExtractResult };
  translate: { job: TranslateJob; result: TranslationResult };
  generate: { job: GenerateJob; result: GenerateResult };
  sentiment: { job: SentimentJob; result: SentimentResult; item: ClassifiedText };
  'zero-shot': { job: ZeroShotJob; result: ZeroShotResult; item: ZeroShotItem };
  tokenize: { job: TokenizeJob; result: TokenizeResult };
  'hub-search': { job: HubSearchJob; result: HubSearchResult };
  'hub-model': { job: HubModelJob; result: HubModelResult };
  'model-facts': { job: ModelFactsJob; result: ModelFactsResult };
  'models-list': { job: ModelsListJob; result: ModelsListResult };
  'models-delete': { job: ModelsDeleteJob; result: ModelsDeleteResult };
  prefetch: { job: PrefetchJob; result: PrefetchResult };
}

export type JobKind = keyof TaskMap;

/**
 * The job of kind K. The `{ kind: K }` part lets TypeScript see that `job.kind` is K, so a handler
 * table indexed by it is called without casts (the correlated-union pattern, TypeScript #47109).
 */
export type JobOf<K extends JobKind> = { kind: K } & TaskMap[K]['job'];
export type ResultOf<K extends JobKind> = TaskMap[K]['result'];

type ItemEntry<K extends JobKind> = TaskMap[K] extends { item: infer I } ? I : never;
export type JobItem = { [K in JobKind]: ItemEntry<K> }[JobKind];
/** What a batch task of kind K streams, one per input (each item carries its task's kind). */
export type ItemOf<K extends JobKind> = Extract<JobItem, { kind: K }>;

/** Any job, as the union of its kinds' jobs; narrowed by `kind`. */
export type JobSpec = { [K in JobKind]: JobOf<K> }[JobKind];
export type JobResult = { [K in JobKind]: ResultOf<K> }[JobKind];

/** A job whose kind is one of K, in the form that keeps `kind` and the job correlated. */
export type AnyJobOf<K extends JobKind> = { [P in K]: JobOf<P> }[K];

// Every entry's job and result carry the entry's own kind: a typo in the map fails to compile here.
type Agrees<K extends JobKind> = TaskMap[K]['job']['kind'] extends K
  ? TaskMap[K]['result']['kind'] extends K
    ? true
    : false
  : false;
type AllTrue<T extends true> = T;
export type KindsAgree = AllTrue<{ [K in JobKind]: Agrees<K> }[JobKind]>;
