import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../shared/protocol/index.ts';
import {
  applyWorkerEvent,
  applyWorkerEvents,
  initialWorkerState,
  newJob,
  type WorkerState,
} from './apply-worker-event.ts';

const started: WorkerState = { ...initialWorkerState, jobs: { a: newJob('a', 'summarize') } };
const token = (step: number, id: number, text: string) => ({
  step,
  id,
  text,
  probability: 0.5,
  alternatives: [],
});

describe('applyWorkerEvent', () => {
  it('accumulates a whole job', () => {
    const events: FromWorker[] = [
      { type: 'runtime', jobId: 'a', runtime: { device: 'wasm', dtype: 'q8', fellBack: false } },
      { type: 'status', jobId: 'a', stage: 'loading' },
      { type: 'progress', jobId: 'a', files: [], loaded: 5, total: 10, origin: 'download' },
      {
        type: 'tokenized',
        jobId: 'a',
        tokens: ['▁hi', '</s>'],
        ids: [5, 1],
        attentionMask: [1, 1],
        limit: { tokens: 512, source: 'model_max_length', modelMaxLength: 512 },
        truncated: 0,
      },
      { type: 'encoded', jobId: 'a', shape: [1, 2, 32], ms: 3 },
      { type: 'status', jobId: 'a', stage: 'generating' },
      { type: 'tokens', jobId: 'a', tokens: [token(1, 7, ' a')] },
      { type: 'tokens', jobId: 'a', tokens: [token(2, 8, ' b'), token(3, 1, '')] },
    ];
    const s = applyWorkerEvents(started, events);
    const job = s.jobs['a']!;
    expect(job.stage).toBe('generating');
    expect(job.download).toEqual({ files: [], loaded: 5, total: 10, origin: 'download' });
    expect(job.tokenized).toEqual({
      tokens: ['▁hi', '</s>'],
      ids: [5, 1],
      attentionMask: [1, 1],
      limit: { tokens: 512, source: 'model_max_length', modelMaxLength: 512 },
      truncated: 0,
    });
    expect(job.encoded).toEqual({ shape: [1, 2, 32], ms: 3 });
    expect(job.tokens.map((t) => t.id)).toEqual([7, 8, 1]);
    expect(s.lastRuntime).toEqual({ device: 'wasm', dtype: 'q8', fellBack: false });
  });

  it('the badge describes the last model that loaded, not one whose load failed', () => {
    const wasm = { device: 'wasm' as const, dtype: 'q8' as const, fellBack: false };
    const failed: FromWorker[] = [
      { type: 'runtime', jobId: 'a', runtime: wasm },
      { type: 'status', jobId: 'a', stage: 'loading' },
      { type: 'error', jobId: 'a', error: { code: 'network', message: 'x', retryable: true } },
    ];
    expect(applyWorkerEvents(started, failed).lastRuntime).toBeNull();

    const gpu = { device: 'webgpu' as const, dtype: 'fp32' as const, fellBack: false };
    let s = applyWorkerEvents(started, [
      { type: 'runtime', jobId: 'a', runtime: gpu },
      { type: 'status', jobId: 'a', stage: 'loading' },
      { type: 'status', jobId: 'a', stage: 'tokenizing' },
    ]);
    expect(s.lastRuntime).toEqual(gpu);
    s = applyWorkerEvents({ ...s, jobs: { ...s.jobs, b: newJob('b', 'summarize') } }, [
      { type: 'runtime', jobId: 'b', runtime: wasm },
      { type: 'status', jobId: 'b', stage: 'loading' },
      { type: 'error', jobId: 'b', error: { code: 'model-not-found', message: 'x', retryable: false } },
    ]);
    expect(s.lastRuntime).toEqual(gpu);
  });

  it('ends a job once and ignores anything after', () => {
    const result = {
      kind: 'summarize' as const,
      text: 'x',
      tokenIds: [7],
      sequences: [{ text: 'x', tokenIds: [7], score: -1 }],
      rawText: 'x</s>',
      tokens: [],
      prompt: '',
      timings: { loadMs: 1, tokenizeMs: 1, encodeMs: 1, generateMs: 1, decodeMs: 1 },
    };
    let s = applyWorkerEvent(started, { type: 'done', jobId: 'a', result });
    expect(s.jobs['a']).toMatchObject({ status: 'done', result });
    const after = applyWorkerEvents(s, [
      { type: 'tokens', jobId: 'a', tokens: [token(9, 9, 'late')] },
      { type: 'error', jobId: 'a', error: { code: 'internal', message: 'late', retryable: false } },
      { type: 'runtime', jobId: 'a', runtime: { device: 'webgpu', dtype: 'fp32', fellBack: true } },
    ]);
    expect(after).toBe(s);
    s = applyWorkerEvent(s, { type: 'cancelled', jobId: 'a' });
    expect(s.jobs['a']?.status).toBe('done');
  });

  it('keeps every beam step, and a new chunk starts a fresh generation view', () => {
    const beams = (step: number) => ({
      step,
      beams: [{ tokenIds: [5, step], score: -step, text: 'a' }],
      finished: [],
    });
    let s = applyWorkerEvents(started, [
      { type: 'beams', jobId: 'a', beams: beams(1) },
      { type: 'beams', jobId: 'a', beams: beams(2) },
    ]);
    expect(s.jobs['a']?.beamSteps.map((b) => b.step)).toEqual([1, 2]);
    s = applyWorkerEvent(s, { type: 'chunk', jobId: 'a', index: 1, count: 3, final: false });
    expect(s.jobs['a']).toMatchObject({
      beamSteps: [],
      tokens: [],
      chunk: { index: 1, count: 3, final: false },
    });
  });

  it('ignores events of jobs it never started', () => {
    expect(applyWorkerEvent(started, { type: 'cancelled', jobId: 'zzz' })).toBe(started);
  });

  it('records errors and cancellations', () => {
    const err = { code: 'network' as const, message: 'down', retryable: true };
    expect(applyWorkerEvent(started, { type: 'error', jobId: 'a', error: err }).jobs['a']).toMatchObject({
      status: 'error',
      error: err,
    });
    expect(applyWorkerEvent(started, { type: 'cancelled', jobId: 'a' }).jobs['a']?.status).toBe('cancelled');
  });
});
