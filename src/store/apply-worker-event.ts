import type {
  BeamStep,
  Capabilities,
  FileProgress,
  FilesOrigin,
  FromWorker,
  GeneratedToken,
  ItemOf,
  MemoryEstimate,
  PromptConstruction,
  JobItem,
  JobError,
  JobKind,
  JobResult,
  JobStage,
  ResultOf,
  RuntimeInfo,
} from '../shared/protocol/index.ts';
import type { ResolvedSettings } from '../shared/generation-settings.ts';
import type { InputLimit } from '../shared/input-limit.ts';

export type JobStatus = 'running' | 'done' | 'cancelled' | 'error';

/**
 * One job as the UI sees it, whatever its kind: status, stage, downloads, the runtime it ran on,
 * its error; for generation tasks the glass box they stream (prompt, tokens, beams, …); and its
 * result. Views read it narrowed to their kind (`narrowJob`).
 */
export interface JobState {
  id: string;
  kind: JobKind;
  status: JobStatus;
  stage: JobStage | null;
  download: { files: FileProgress[]; loaded: number; total: number; origin: FilesOrigin } | null;
  runtime: RuntimeInfo | null;
  /** Generation settings in force: the model's defaults plus overrides. */
  params: ResolvedSettings | null;
  prompt: { prefix: string; prompt: string; construction: PromptConstruction | null } | null;
  /** Generate: what the model needs of this device, known before it loads. */
  estimate: MemoryEstimate | null;
  tokenized: {
    tokens: string[];
    ids: number[];
    attentionMask: number[];
    limit: InputLimit;
    truncated: number;
  } | null;
  encoded: { shape: number[]; ms: number } | null;
  tokens: GeneratedToken[];
  /** Beam search, step by step. */
  beamSteps: BeamStep[];
  chunk: { index: number; count: number; final: boolean } | null;
  /** A batch task's streamed items, and how many of its inputs are done. */
  items: JobItem[];
  batch: { done: number; total: number } | null;
  result: JobResult | null;
  error: JobError | null;
  notices: string[];
  /** Download plans (prefetch): files and total bytes per model, known before downloading. */
  plans: Array<{ model: string; files: Array<{ file: string; bytes: number }>; totalBytes: number }>;
}

export interface WorkerState {
  capabilities: Capabilities | null;
  /** Device and dtype of the last model that actually loaded (a failed load leaves it as it was). */
  lastRuntime: RuntimeInfo | null;
  jobs: Record<string, JobState>;
}

export const initialWorkerState: WorkerState = { capabilities: null, lastRuntime: null, jobs: {} };

/** A job of kind K, its result of that kind. */
export type JobOfKind<K extends JobKind> = Omit<JobState, 'kind' | 'result' | 'items'> & {
  kind: K;
  result: ResultOf<K> | null;
  items: ItemOf<K>[];
};

function isResultOf<K extends JobKind>(result: JobResult, kind: K): result is ResultOf<K> {
  return result.kind === kind;
}

function isItemOf<K extends JobKind>(item: JobItem, kind: K): item is ItemOf<K> {
  return item.kind === kind;
}

/** `job` as a job of kind K, or null when it is of another kind. */
export function narrowJob<K extends JobKind>(job: JobState | null | undefined, kind: K): JobOfKind<K> | null {
  if (!job || job.kind !== kind) return null;
  const { result } = job;
  return {
    ...job,
    kind,
    result: result !== null && isResultOf(result, kind) ? result : null,
    items: job.items.filter((item) => isItemOf(item, kind)),
  };
}

export function newJob(id: string, kind: JobKind): JobState {
  return {
    id,
    kind,
    status: 'running',
    stage: null,
    download: null,
    runtime: null,
    params: null,
    prompt: null,
    estimate: null,
    tokenized: null,
    encoded: null,
    tokens: [],
    beamSteps: [],
    chunk: null,
    items: [],
    batch: null,
    result: null,
    error: null,
    notices: [],
    plans: [],
  };
}

function updateJob(state: WorkerState, jobId: string, update: (job: JobState) => JobState): WorkerState {
  const job = state.jobs[jobId];
  // Unknown jobs and jobs that already ended ignore further events.
  if (!job || job.status !== 'running') return state;
  return { ...state, jobs: { ...state.jobs, [jobId]: update(job) } };
}

/** The job's runtime (announced before its load) becomes the last loaded one. */
function withLoadedRuntime(state: WorkerState, jobId: string): WorkerState {
  const job = state.jobs[jobId];
  if (!job || job.status !== 'running' || !job.runtime || job.runtime === state.lastRuntime) return state;
  return { ...state, lastRuntime: job.runtime };
}

/** Pure reducer from one worker event to the next state. */
export function applyWorkerEvent(state: WorkerState, event: FromWorker): WorkerState {
  switch (event.type) {
    case 'capabilities':
      return { ...state, capabilities: event.capabilities };
    case 'status': {
      const next = updateJob(state, event.jobId, (job) => ({ ...job, stage: event.stage }));
      // Past loading, the job's model is loaded: only now does the badge describe it.
      return event.stage === 'loading' ? next : withLoadedRuntime(next, event.jobId);
    }
    case 'progress':
      return updateJob(state, event.jobId, (job) => ({
        ...job,
        download: { files: event.files, loaded: event.loaded, total: event.total, origin: event.origin },
      }));
    case 'runtime':
      return updateJob(state, event.jobId, (job) => ({ ...job, runtime: event.runtime }));
    case 'plan': {
      const { type: _type, jobId, ...plan } = event;
      return updateJob(state, jobId, (job) => ({ ...job, plans: [...job.plans, plan] }));
    }
    case 'notice':
      return updateJob(state, event.jobId, (job) =>
        job.notices.includes(event.message) ? job : { ...job, notices: [...job.notices, event.message] },
      );
    case 'params':
      return updateJob(state, event.jobId, (job) => ({ ...job, params: event.params }));
    case 'prompt':
      return updateJob(state, event.jobId, (job) => ({
        ...job,
        prompt: { prefix: event.prefix, prompt: event.prompt, construction: event.construction ?? null },
      }));
    case 'estimate':
      return updateJob(state, event.jobId, (job) => ({ ...job, estimate: event.estimate }));
    case 'tokenized': {
      const { type: _type, jobId, ...tokenized } = event;
      return updateJob(state, jobId, (job) => ({ ...job, tokenized }));
    }
    case 'encoded':
      return updateJob(state, event.jobId, (job) => ({
        ...job,
        encoded: { shape: event.shape, ms: event.ms },
      }));
    case 'beams':
      return updateJob(state, event.jobId, (job) => ({ ...job, beamSteps: [...job.beamSteps, event.beams] }));
    case 'chunk':
      // Each chunk is its own generation: its tokens and beams replace the previous chunk's.
      return updateJob(state, event.jobId, (job) => ({
        ...job,
        chunk: { index: event.index, count: event.count, final: event.final },
        tokens: [],
        beamSteps: [],
      }));
    case 'tokens':
      return updateJob(state, event.jobId, (job) => ({ ...job, tokens: [...job.tokens, ...event.tokens] }));
    case 'items':
      return updateJob(withLoadedRuntime(state, event.jobId), event.jobId, (job) => ({
        ...job,
        items: [...job.items, ...event.items],
        batch: { done: event.done, total: event.total },
      }));
    case 'done':
      return updateJob(withLoadedRuntime(state, event.jobId), event.jobId, (job) => ({
        ...job,
        status: 'done',
        stage: null,
        result: event.result,
      }));
    case 'cancelled':
      return updateJob(state, event.jobId, (job) => ({ ...job, status: 'cancelled', stage: null }));
    case 'error':
      return updateJob(state, event.jobId, (job) => ({
        ...job,
        status: 'error',
        stage: null,
        error: event.error,
      }));
    default: {
      const unreachable: never = event;
      throw new Error(`Unknown worker event ${JSON.stringify(unreachable)}`);
    }
  }
}

export function applyWorkerEvents(state: WorkerState, events: readonly FromWorker[]): WorkerState {
  return events.reduce(applyWorkerEvent, state);
}
