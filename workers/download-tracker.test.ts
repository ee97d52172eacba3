import { describe, expect, it } from 'vitest';
import { DownloadTracker } from './download-tracker.ts';

describe('DownloadTracker', () => {
  it('sums bytes over files and marks finished files complete', () => {
    const t = new DownloadTracker();
    t.apply({ status: 'initiate', file: 'config.json' });
    t.apply({ status: 'progress', file: 'config.json', loaded: 100, total: 200 });
    t.apply({ status: 'progress', file: 'onnx/encoder_model.onnx', loaded: 1000, total: 4000 });
    expect(t.snapshot()).toMatchObject({ loaded: 1100, total: 4200 });
    t.apply({ status: 'done', file: 'config.json' });
    const snap = t.snapshot();
    expect(snap.loaded).toBe(1200);
    expect(snap.files.find((f) => f.file === 'config.json')).toEqual({
      file: 'config.json',
      loaded: 200,
      total: 200,
      done: true,
    });
  });

  it('counts cached files (no progress events) as done with no bytes', () => {
    const t = new DownloadTracker();
    t.apply({ status: 'initiate', file: 'tokenizer.json' });
    t.apply({ status: 'done', file: 'tokenizer.json' });
    expect(t.snapshot()).toEqual({
      files: [{ file: 'tokenizer.json', loaded: 0, total: 0, done: true }],
      loaded: 0,
      total: 0,
    });
    expect(t.hasBytes).toBe(false);
  });
});
