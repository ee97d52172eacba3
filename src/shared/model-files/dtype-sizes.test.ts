import { describe, expect, it } from 'vitest';
import { dtypeSizes, unusedOnnxFiles } from './dtype-sizes.ts';

const SEQ2SEQ = ['encoder_model', 'decoder_model_merged'];

describe('dtypeSizes', () => {
  it('sums every session of a seq2seq dtype, and skips a dtype missing one session', () => {
    const files = [
      { path: 'onnx/encoder_model.onnx', bytes: 100 },
      { path: 'onnx/decoder_model_merged.onnx', bytes: 200 },
      { path: 'onnx/encoder_model_quantized.onnx', bytes: 25 },
      { path: 'onnx/decoder_model_merged_quantized.onnx', bytes: 50 },
      // fp16 has only the encoder: not a usable dtype.
      { path: 'onnx/encoder_model_fp16.onnx', bytes: 50 },
      // A decoder without past is another export; it is not part of any dtype here.
      { path: 'onnx/decoder_model.onnx', bytes: 190 },
    ];
    const sizes = dtypeSizes(SEQ2SEQ, files);
    expect(sizes.map((s) => [s.dtype, s.bytes])).toEqual([
      ['fp32', 300],
      ['q8', 75],
    ]);
    expect(unusedOnnxFiles(files, sizes)).toBe(2);
  });

  it('adds external data chunks of the chosen graphs only', () => {
    const files = [
      { path: 'onnx/model.onnx', bytes: 1_000 },
      { path: 'onnx/model.onnx_data', bytes: 2_000_000_000 },
      { path: 'onnx/model.onnx_data_1', bytes: 500_000_000 },
      { path: 'onnx/model_q4.onnx', bytes: 800 },
      { path: 'onnx/model_q4.onnx_data', bytes: 700_000_000 },
      // Not a chunk name transformers.js reads.
      { path: 'onnx/model.onnx_data.bak', bytes: 9 },
    ];
    const sizes = dtypeSizes(['model'], files);
    expect(sizes).toEqual([
      {
        dtype: 'fp32',
        bytes: 2_500_001_000,
        files: [
          { path: 'onnx/model.onnx', bytes: 1_000 },
          { path: 'onnx/model.onnx_data', bytes: 2_000_000_000 },
          { path: 'onnx/model.onnx_data_1', bytes: 500_000_000 },
        ],
      },
      {
        dtype: 'q4',
        bytes: 700_000_800,
        files: [
          { path: 'onnx/model_q4.onnx', bytes: 800 },
          { path: 'onnx/model_q4.onnx_data', bytes: 700_000_000 },
        ],
      },
    ]);
  });

  it('does not take q4f16 for q4 (suffixes are matched as whole names)', () => {
    const sizes = dtypeSizes(['model'], [{ path: 'onnx/model_q4f16.onnx', bytes: 10 }]);
    expect(sizes.map((s) => s.dtype)).toEqual(['q4f16']);
  });

  it('offers nothing without sessions or files', () => {
    expect(dtypeSizes([], [{ path: 'onnx/model.onnx', bytes: 1 }])).toEqual([]);
    expect(dtypeSizes(['model'], [])).toEqual([]);
  });
});
