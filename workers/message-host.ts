import type { FromWorker, JobResult, TerminalEvent, ToWorker } from '../src/shared/protocol/index.ts';
import type { JobError } from '../src/shared/protocol/index.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Non-terminal events a job may emit; the host adds the job id. */
export type JobEvent = DistributiveOmit<
  Exclude<FromWorker, TerminalEvent | { type: 'capabilities' }>,
  'jobId'
>;

export type RunMessage = Extract<ToWorker, { type: 'run' }>;

/** Thrown at a checkpoint after the job was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'AbortError';
  }
}

export interface JobContext {
  readonly jobId: string;
  readonly cancelled: boolean;
  emit(event: JobEvent): void;
  /** Call between steps: throws CancelledError once the job was cancelled. */
  throwIfCancelled(): void;
}

export type JobRunner = (message: RunMessage, ctx: JobContext) => Promise<JobResult>;
export type ErrorMapper = (error: unknown, message: RunMessage) => JobError;

/**
 * The worker side of the protocol: runs jobs and guarantees exactly one terminal event per job.
 * A cancel answers `cancelled` at once; the job itself stops at its next checkpoint and anything
 * it emits afterwards is dropped.
 */
export class MessageHost {
  private readonly live = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly post: (event: FromWorker) => void,
    private readonly runJob: JobRunner,
    private readonly mapError: ErrorMapper,
    /** Whether an error may have broken the runtime, so the client must replace this worker. */
    private readonly resetsWorker: (error: JobError) => boolean = () => false,
  ) {}

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'run':
        void this.run(message);
        return;
      case 'cancel':
        this.cancel(message.jobId);
        return;
      default: {
        const unreachable: never = message;
        throw new Error(`Unknown message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** Job ids still running (not yet terminated). */
  get running(): string[] {
    return [...this.live.keys()];
  }

  private cancel(jobId: string): void {
    const state = this.live.get(jobId);
    if (!state) return;
    state.cancelled = true;
    this.finish({ type: 'cancelled', jobId });
  }

  private finish(event: TerminalEvent): void {
    if (!this.live.delete(event.jobId)) return;
    this.post(event);
  }

  private async run(message: RunMessage): Promise<void> {
    const { jobId } = message;
    if (this.live.has(jobId)) return;
    const state = { cancelled: false };
    this.live.set(jobId, state);
    const ctx: JobContext = {
      jobId,
      get cancelled() {
        return state.cancelled;
      },
      emit: (event) => {
        if (this.live.get(jobId) === state) this.post({ ...event, jobId });
      },
      throwIfCancelled: () => {
        if (state.cancelled) throw new CancelledError();
      },
    };
    try {
      const result = await this.runJob(message, ctx);
      this.finish({ type: 'done', jobId, result });
    } catch (error) {
      if (state.cancelled) return; // already answered `cancelled`
      const mapped = this.mapError(error, message);
      this.finish({
        type: 'error',
        jobId,
        error: mapped,
        ...(this.resetsWorker(mapped) ? { resetWorker: true as const } : {}),
      });
    }
  }
}
