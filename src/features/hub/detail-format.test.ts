import { describe, expect, it } from 'vitest';
import type { HubDtype, HubModelDetail, RunsHere } from '../../shared/protocol/index.ts';
import {
  detailValue,
  fitsLabel,
  memoryLabel,
  relationLabel,
  smallestDownload,
  suggestDtype,
} from './detail-format.ts';

const MB = 1024 * 1024;
const runs = (fits: boolean | null, device: RunsHere['device'] = 'wasm'): RunsHere => ({
  device,
  fits,
  needBytes: 110 * MB,
  budgetBytes: fits === null ? null : 4096 * MB,
  budgetSource: 'the 4 GiB limit of the WebAssembly heap',
  reason: 'because',
});
const dtype = (
  name: HubDtype['dtype'],
  mb: number,
  fits: boolean | null,
  device: RunsHere['device'] = 'wasm',
): HubDtype => ({
  dtype: name,
  bytes: mb * MB,
  files: [{ path: `onnx/model_${name}.onnx`, bytes: mb * MB }],
  runs: runs(fits, device),
  cached: false,
});

describe('the dtype to start with', () => {
  it('is the smallest that fits, and names transformers.js’s q8 default on WASM', () => {
    const s = suggestDtype([dtype('fp32', 400, false), dtype('q8', 100, true), dtype('q4', 70, true)]);
    expect(s?.dtype).toBe('q4');
    expect(s?.text).toContain('the smallest download that fits here (70.0 MB on WASM)');
    expect(s?.text).toContain('q8 by default on WASM');
  });

  it('q8 itself, or WebGPU, say nothing of the default', () => {
    expect(suggestDtype([dtype('fp32', 400, true), dtype('q8', 100, true)])?.text).not.toContain('default');
    expect(
      suggestDtype([dtype('q8', 100, true, 'webgpu'), dtype('q4', 70, true, 'webgpu')])?.text,
    ).not.toContain('default');
  });

  it('falls back to the smallest of unknown fit, and to none when nothing fits', () => {
    const unknown = suggestDtype([
      dtype('fp32', 400, null),
      dtype('q8', 100, null),
      dtype('fp16', 300, false),
    ]);
    expect(unknown?.dtype).toBe('q8');
    expect(unknown?.text).toContain('no memory figure');
    expect(suggestDtype([dtype('fp32', 400, false)])).toBeNull();
    expect(suggestDtype([])).toBeNull();
  });
});

describe('the detail in words and JSON', () => {
  it('relations, fits and memory', () => {
    expect(relationLabel('finetune')).toBe('fine-tune of');
    expect(relationLabel('quantized')).toBe('quantized from');
    expect(relationLabel('adapter')).toBe('adapter of');
    expect(relationLabel('merge')).toBe('merge of');
    expect(relationLabel(null)).toBe('based on');
    expect([fitsLabel(true), fitsLabel(false), fitsLabel(null)]).toEqual(['yes', 'no', 'unknown']);
    expect(memoryLabel(runs(true))).toBe('needs 110 MB of 4.0 GB');
    expect(memoryLabel(runs(null))).toBe('needs 110 MB of an unknown budget');
  });

  it('the CONTRACT value: exactly its keys, base models as ids', () => {
    const d: HubModelDetail = {
      id: 'org/m',
      sha: 'abc',
      revision: 'main',
      author: 'org',
      license: 'mit',
      licenseGroup: 'permissive',
      licenseName: null,
      licenseLink: null,
      languages: ['en'],
      datasets: ['cnn_dailymail'],
      baseModels: [{ id: 'org/base', relation: 'finetune' }],
      pipelineTag: 'summarization',
      libraryName: 'transformers.js',
      tags: [],
      downloads: 1,
      likes: 0,
      lastModified: '2025-01-01T00:00:00.000Z',
      createdAt: null,
      gated: false,
      modelKind: 'seq2seq',
      sessions: ['model'],
      dtypes: { q8: 100 },
      dtypeDetails: [dtype('q8', 100, true), dtype('q4', 70, true)],
      otherOnnxFiles: 0,
      finetunes: { rows: [], more: false },
      commits: [],
      commitsComplete: true,
      fetchedAt: 0,
    };
    expect(detailValue(d)).toEqual({
      id: 'org/m',
      sha: 'abc',
      license: 'mit',
      languages: ['en'],
      baseModels: ['org/base'],
      datasets: ['cnn_dailymail'],
      dtypes: { q8: 100 },
      lastModified: '2025-01-01T00:00:00.000Z',
    });
    expect(smallestDownload(d)?.dtype).toBe('q4');
  });
});
