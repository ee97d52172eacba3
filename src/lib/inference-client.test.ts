import { describe, expect, it, vi } from 'vitest';
import type { FromWorker, JobSpec, ToWorker } from '../shared/protocol/index.ts';
import { InferenceClient, type WorkerLike } from './inference-client.ts';

class FakeWorker implements WorkerLike {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(data: FromWorker) {
    this.onmessage?.({ data } as MessageEvent<FromWorker>);
  }
}

const job: JobSpec = { kind: 'summarize', model: 'org/m', text: 'hello', generation: {} };
const source = { kind: 'hub' as const, location: 'http://h' };

function setup() {
  const workers: FakeWorker[] = [];
  const events: FromWorker[] = [];
  const client = new InferenceClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    (e) => events.push(e),
  );
  const current = () => workers[workers.length - 1]!;
  return { client, workers, events, current };
}

describe('InferenceClient', () => {
  it('replaces the worker after an error that may have broken the runtime, and re-sends the other jobs', () => {
    const { client, events, workers } = setup();
    const failing = client.run(job, { device: 'wasm', dtype: 'q8' }, source);
    const other = client.run({ ...job, text: 'other' }, { device: 'wasm', dtype: 'q8' }, source);
    const error = { code: 'model-failed' as const, message: 'stopped', retryable: false };
    workers[0]!.emit({ type: 'error', jobId: failing, error, resetWorker: true });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // Only the job still running goes to the new worker; the failed one ends with its error.
    expect(workers[1]!.sent.map((m) => (m.type === 'run' ? m.jobId : m.type))).toEqual([other]);
    expect(events).toEqual([{ type: 'error', jobId: failing, error, resetWorker: true }]);
    expect(client.running).toEqual([other]);
  });

  it('keeps the worker after an error that leaves it sound', () => {
    const { client, workers } = setup();
    const id = client.run(job, { device: 'wasm', dtype: 'q8' }, source);
    workers[0]!.emit({
      type: 'error',
      jobId: id,
      error: { code: 'model-not-found', message: 'no', retryable: false },
    });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('forwards a job and its events, and drops events after the terminal one', () => {
    const { client, events, current } = setup();
    const id = client.run(job, { device: 'auto', dtype: 'auto' }, source);
    expect(current().sent).toEqual([
      { type: 'run', jobId: id, job, runtime: { device: 'auto', dtype: 'auto' }, source, options: {} },
    ]);
    current().emit({ type: 'status', jobId: id, stage: 'generating' });
    current().emit({ type: 'cancelled', jobId: id });
    current().emit({ type: 'tokens', jobId: id, tokens: [] });
    current().emit({ type: 'status', jobId: 'unknown', stage: 'loading' });
    expect(events.map((e) => e.type)).toEqual(['status', 'cancelled']);
    expect(client.running).toEqual([]);
  });

  it('cancels a loading job by resetting the worker and reports cancelled itself', () => {
    const { client, events, workers } = setup();
    const id = client.run(job, { device: 'auto', dtype: 'auto' }, source);
    workers[0]!.emit({ type: 'status', jobId: id, stage: 'loading' });
    client.cancel(id);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(events.at(-1)).toEqual({ type: 'cancelled', jobId: id });
    workers[0]!.emit({
      type: 'done',
      jobId: id,
      result: {
        kind: 'summarize',
        text: '',
        tokenIds: [],
        sequences: [],
        rawText: '',
        tokens: [],
        prompt: '',
        timings: { loadMs: 0, tokenizeMs: 0, encodeMs: 0, generateMs: 0, decodeMs: 0 },
      },
    });
    expect(events.at(-1)?.type).toBe('cancelled');
  });

  it('cancels a generating job with a message, and resets only if it does not stop in time', () => {
    vi.useFakeTimers();
    const { client, events, workers } = setup();
    const id = client.run(job, { device: 'auto', dtype: 'auto' }, source);
    workers[0]!.emit({ type: 'status', jobId: id, stage: 'generating' });
    client.cancel(id);
    expect(workers[0]!.sent.at(-1)).toEqual({ type: 'cancel', jobId: id });
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(2500);
    expect(workers).toHaveLength(2);
    expect(events.at(-1)).toEqual({ type: 'cancelled', jobId: id });
    vi.useRealTimers();
  });

  it('retries a WebGPU failure once on WASM in a fresh worker', () => {
    const { client, events, workers } = setup();
    const id = client.run(job, { device: 'webgpu', dtype: 'fp16' }, source);
    workers[0]!.emit({
      type: 'error',
      jobId: id,
      error: { code: 'webgpu-failed', message: 'boom.', retryable: true },
    });
    expect(events).toEqual([]);
    expect(workers[0]!.terminated).toBe(true);
    const retry = workers[1]!.sent[0];
    expect(retry).toMatchObject({ type: 'run', jobId: id, runtime: { device: 'wasm', dtype: 'auto' } });
    expect(retry?.type === 'run' && retry.options?.fallbackFrom?.reason).toContain('boom.');
    workers[1]!.emit({
      type: 'error',
      jobId: id,
      error: { code: 'webgpu-failed', message: 'again', retryable: true },
    });
    expect(events.map((e) => e.type)).toEqual(['error']);
  });

  it('retries a q8 session failure once with fp32 in a fresh worker, also after a WebGPU fallback', () => {
    const { client, events, workers } = setup();
    const id = client.run(job, { device: 'webgpu', dtype: 'auto' }, source);
    workers[0]!.emit({
      type: 'error',
      jobId: id,
      error: { code: 'webgpu-failed', message: 'gpu.', retryable: true },
    });
    workers[1]!.emit({
      type: 'error',
      jobId: id,
      error: { code: 'dtype-failed', message: 'q8.', retryable: true },
    });
    expect(events).toEqual([]);
    expect(workers).toHaveLength(3);
    const retry = workers[2]!.sent[0];
    expect(retry).toMatchObject({ type: 'run', jobId: id, runtime: { device: 'wasm', dtype: 'fp32' } });
    expect(retry?.type === 'run' && retry.options?.fallbackFrom).toEqual({
      from: 'q8',
      reason: 'gpu. Fell back to WASM. q8.',
    });
    // A second q8 failure is not retried again: it ends the job.
    workers[2]!.emit({
      type: 'error',
      jobId: id,
      error: { code: 'dtype-failed', message: 'again', retryable: true },
    });
    expect(events.map((e) => e.type)).toEqual(['error']);
    expect(workers).toHaveLength(3);
  });

  it('fails every running job clearly when the worker crashes, and keeps working', () => {
    const { client, events, workers } = setup();
    const a = client.run(job, { device: 'auto', dtype: 'auto' }, source);
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'error',
        jobId: a,
        error: expect.objectContaining({ code: 'worker-crashed' }),
      }),
    ]);
    const b = client.run(job, { device: 'auto', dtype: 'auto' }, source);
    expect(workers[1]!.sent.map((m) => m.type === 'run' && m.jobId)).toEqual([b]);
  });
});
