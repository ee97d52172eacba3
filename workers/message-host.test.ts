import { describe, expect, it } from 'vitest';
import type { FromWorker, JobResult, ToWorker } from '../src/shared/protocol/index.ts';
import { MessageHost, type JobContext, type JobRunner } from './message-host.ts';

const result: JobResult = {
  kind: 'summarize',
  text: 'ok',
  tokenIds: [1],
  sequences: [],
  rawText: 'ok',
  tokens: [],
  prompt: '',
  timings: { loadMs: 0, tokenizeMs: 0, encodeMs: 0, generateMs: 0, decodeMs: 0 },
};

function run(jobId: string): ToWorker {
  return {
    type: 'run',
    jobId,
    job: { kind: 'summarize', model: 'm', text: 't', generation: {} },
    runtime: { device: 'wasm', dtype: 'auto' },
    source: { kind: 'hub', location: 'http://h' },
  };
}

function harness(runner: JobRunner) {
  const events: FromWorker[] = [];
  const host = new MessageHost(
    (e) => events.push(e),
    runner,
    (error) => ({
      code: 'internal',
      message: String(error),
      retryable: false,
    }),
  );
  return { events, host };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('MessageHost', () => {
  it('flags an error after which the worker must be replaced, and only that one', async () => {
    const events: FromWorker[] = [];
    const host = new MessageHost(
      (e) => events.push(e),
      async (message) => {
        throw new Error(message.jobId);
      },
      (error) => ({
        code: String(error).includes('bad') ? 'model-failed' : 'invalid-settings',
        message: 'x',
        retryable: false,
      }),
      (error) => error.code === 'model-failed',
    );
    host.handle(run('bad'));
    host.handle(run('fine'));
    await tick();
    expect(events.map((e) => (e.type === 'error' ? [e.jobId, e.resetWorker ?? false] : e.type))).toEqual([
      ['bad', true],
      ['fine', false],
    ]);
  });

  it('streams events and ends a job with exactly one done', async () => {
    const { events, host } = harness(async (_m, ctx) => {
      ctx.emit({ type: 'status', stage: 'generating' });
      return result;
    });
    host.handle(run('a'));
    await tick();
    expect(events).toEqual([
      { type: 'status', jobId: 'a', stage: 'generating' },
      { type: 'done', jobId: 'a', result },
    ]);
    expect(host.running).toEqual([]);
  });

  it('turns a thrown error into one error event', async () => {
    const { events, host } = harness(async () => {
      throw new Error('bad');
    });
    host.handle(run('a'));
    await tick();
    expect(events).toEqual([
      { type: 'error', jobId: 'a', error: { code: 'internal', message: 'Error: bad', retryable: false } },
    ]);
  });

  it('answers cancel at once and drops everything the job emits afterwards', async () => {
    let release!: () => void;
    let seenCtx!: JobContext;
    const { events, host } = harness(async (_m, ctx) => {
      seenCtx = ctx;
      await new Promise<void>((r) => (release = r));
      ctx.emit({ type: 'tokens', tokens: [{ step: 0, id: 1, text: 'x', probability: 1, alternatives: [] }] });
      ctx.throwIfCancelled();
      return result;
    });
    host.handle(run('a'));
    await tick();
    host.handle({ type: 'cancel', jobId: 'a' });
    expect(events).toEqual([{ type: 'cancelled', jobId: 'a' }]);
    expect(seenCtx.cancelled).toBe(true);
    release();
    await tick();
    expect(events).toEqual([{ type: 'cancelled', jobId: 'a' }]);
  });

  it('a job that finishes after cancel still yields only cancelled', async () => {
    let release!: () => void;
    const { events, host } = harness(async () => {
      await new Promise<void>((r) => (release = r));
      return result;
    });
    host.handle(run('a'));
    host.handle({ type: 'cancel', jobId: 'a' });
    release();
    await tick();
    expect(events.filter((e) => e.type !== 'status')).toEqual([{ type: 'cancelled', jobId: 'a' }]);
  });

  it('ignores cancel for unknown jobs and duplicate runs of a live job', async () => {
    let calls = 0;
    const { events, host } = harness(async () => {
      calls += 1;
      await tick();
      return result;
    });
    host.handle({ type: 'cancel', jobId: 'nope' });
    host.handle(run('a'));
    host.handle(run('a'));
    await tick();
    await tick();
    expect(calls).toBe(1);
    expect(events).toEqual([{ type: 'done', jobId: 'a', result }]);
  });

  it('keeps concurrent jobs apart', async () => {
    const { events, host } = harness(async (m) => ({ ...result, text: m.jobId }));
    host.handle(run('a'));
    host.handle(run('b'));
    await tick();
    expect(events.map((e) => [e.type, 'jobId' in e ? e.jobId : null])).toEqual([
      ['done', 'a'],
      ['done', 'b'],
    ]);
  });
});
