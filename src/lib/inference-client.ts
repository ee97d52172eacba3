import type {
  Fallback,
  FromWorker,
  JobSpec,
  ModelSource,
  RunOptions,
  RuntimeRequest,
  ToWorker,
} from '../shared/protocol/index.ts';
import { isTerminal, jobIdOf } from '../shared/protocol/index.ts';
import { fallbackRuntime } from '../shared/runtime-policy.ts';

/** The part of `Worker` the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

type RunMessage = Extract<ToWorker, { type: 'run' }>;

interface ActiveJob {
  message: RunMessage;
  /** Stages after loading can stop between steps; a load can only be stopped by a reset. */
  interruptible: boolean;
  cancelTimer: ReturnType<typeof setTimeout> | null;
}

/** How long a cancelled job may take to reach its next checkpoint before the worker is reset. */
const CANCEL_GRACE_MS = 2000;

/**
 * Main-thread side of the protocol. Guarantees what the UI relies on: events for unknown or
 * finished jobs are dropped; every job ends with one terminal event even when the worker
 * crashes or is reset; a WebGPU failure is retried once on WASM in a fresh worker.
 */
export class InferenceClient {
  private worker: WorkerLike;
  private readonly active = new Map<string, ActiveJob>();
  private counter = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly onEvent: (event: FromWorker) => void,
  ) {
    this.worker = this.spawn();
  }

  run(job: JobSpec, runtime: RuntimeRequest, source: ModelSource, options: RunOptions = {}): string {
    this.counter += 1;
    const jobId = `job-${this.counter}-${Math.random().toString(36).slice(2, 8)}`;
    const message: RunMessage = { type: 'run', jobId, job, runtime, source, options };
    this.active.set(jobId, { message, interruptible: false, cancelTimer: null });
    this.worker.postMessage(message);
    return jobId;
  }

  cancel(jobId: string): void {
    const job = this.active.get(jobId);
    if (!job || job.cancelTimer) return;
    if (!job.interruptible) {
      this.hardCancel(jobId);
      return;
    }
    this.worker.postMessage({ type: 'cancel', jobId });
    job.cancelTimer = setTimeout(() => this.hardCancel(jobId), CANCEL_GRACE_MS);
  }

  /** Jobs that have not ended yet. */
  get running(): string[] {
    return [...this.active.keys()];
  }

  private spawn(): WorkerLike {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.crash(event.message || 'The inference worker stopped unexpectedly.');
    };
    return worker;
  }

  /** Terminates the worker and starts a new one; jobs other than `except` are sent again. */
  private replaceWorker(except: Set<string>): void {
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.worker = this.spawn();
    for (const [jobId, job] of this.active) {
      if (except.has(jobId)) continue;
      job.interruptible = false;
      this.worker.postMessage(job.message);
    }
  }

  private hardCancel(jobId: string): void {
    if (!this.active.has(jobId)) return;
    this.end(jobId);
    this.replaceWorker(new Set());
    this.onEvent({ type: 'cancelled', jobId });
  }

  private crash(reason: string): void {
    const jobs = [...this.active.keys()];
    for (const jobId of jobs) this.end(jobId);
    this.replaceWorker(new Set());
    for (const jobId of jobs) {
      this.onEvent({
        type: 'error',
        jobId,
        error: {
          code: 'worker-crashed',
          message: `The inference worker crashed (${reason}). It has been restarted; run the job again.`,
          retryable: true,
        },
      });
    }
  }

  private end(jobId: string): void {
    const job = this.active.get(jobId);
    if (job?.cancelTimer) clearTimeout(job.cancelTimer);
    this.active.delete(jobId);
  }

  private receive(event: FromWorker): void {
    const jobId = jobIdOf(event);
    if (jobId === null) {
      this.onEvent(event);
      return;
    }
    const job = this.active.get(jobId);
    if (!job) return; // late event of a finished, cancelled or reset job
    if (event.type === 'status') job.interruptible = event.stage !== 'loading';
    if (event.type === 'error') {
      const { code, message } = event.error;
      const tried = job.message.options?.fallbackFrom;
      // A session that could not be created poisons its worker: each retry gets a fresh one.
      // WebGPU falls back to WASM once; q8 weights to fp32 once (also after a WebGPU fallback).
      if (code === 'webgpu-failed' && tried === undefined) {
        const reason = `${message} Fell back to WASM.`;
        this.retry(job, fallbackRuntime(job.message.runtime), { from: 'webgpu', reason });
        return;
      }
      if (code === 'dtype-failed' && tried?.from !== 'q8') {
        const reason = tried ? `${tried.reason} ${message}` : message;
        this.retry(job, { ...job.message.runtime, dtype: 'fp32' }, { from: 'q8', reason });
        return;
      }
    }
    if (isTerminal(event)) this.end(jobId);
    // The runtime may be broken after this failure: later jobs get a fresh worker.
    if (event.type === 'error' && event.resetWorker) this.replaceWorker(new Set());
    this.onEvent(event);
  }

  private retry(job: ActiveJob, runtime: RuntimeRequest, fallbackFrom: Fallback): void {
    job.message = { ...job.message, runtime, options: { ...job.message.options, fallbackFrom } };
    this.replaceWorker(new Set());
  }
}
