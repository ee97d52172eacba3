import { describe, expect, it } from 'vitest';
import { availableDtypes } from './dtypes.ts';
import { PullError } from './errors.ts';
import { selectFiles, type SelectInput } from './select.ts';

const seq2seq = { model_type: 't5', is_encoder_decoder: true };
const encoderOnly = { model_type: 'bert' };
const base = { modelId: 'org/m', host: 'hub.test', dtype: 'q8' } as const;

const paths = (input: SelectInput) => selectFiles(input).files.map((file) => file.path);

describe('selectFiles', () => {
  it('names the two seq2seq sessions with the dtype suffix', () => {
    expect(paths({ ...base, config: seq2seq, siblings: undefined })).toEqual([
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'special_tokens_map.json',
      'generation_config.json',
      'preprocessor_config.json',
      'onnx/encoder_model_quantized.onnx',
      'onnx/decoder_model_merged_quantized.onnx',
    ]);
  });

  it('uses one `model` session otherwise, and the fp32 file has no suffix', () => {
    const files = paths({ ...base, dtype: 'fp32', config: encoderOnly, siblings: undefined });
    expect(files.filter((file) => file.startsWith('onnx/'))).toEqual(['onnx/model.onnx']);
  });

  it('with a file list, keeps only the optional files that exist, and adds external data', () => {
    const siblings = [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'generation_config.json',
      'onnx/model_q4.onnx',
      'onnx/model_q4.onnx_data',
      'onnx/model_q4.onnx_data_1',
      'onnx/model_q4f16.onnx_data',
      'onnx/model.onnx',
    ];
    const selection = selectFiles({ ...base, dtype: 'q4', config: encoderOnly, siblings });
    expect(selection.files).toEqual([
      { path: 'config.json', optional: false },
      { path: 'tokenizer.json', optional: false },
      { path: 'tokenizer_config.json', optional: false },
      { path: 'generation_config.json', optional: false },
      { path: 'onnx/model_q4.onnx', optional: false },
      { path: 'onnx/model_q4.onnx_data', optional: false },
      { path: 'onnx/model_q4.onnx_data_1', optional: false },
    ]);
  });

  it('without a file list, takes external data chunks from transformers.js_config', () => {
    const config = {
      ...encoderOnly,
      'transformers.js_config': { use_external_data_format: { 'model_fp16.onnx': 2 } },
    };
    const files = paths({ ...base, dtype: 'fp16', config, siblings: undefined });
    expect(files.slice(-3)).toEqual([
      'onnx/model_fp16.onnx',
      'onnx/model_fp16.onnx_data',
      'onnx/model_fp16.onnx_data_1',
    ]);
  });

  it('lists the dtypes on offer when the chosen one is missing', () => {
    const siblings = [
      'config.json',
      'onnx/encoder_model.onnx',
      'onnx/decoder_model_merged.onnx',
      'onnx/encoder_model_quantized.onnx',
      'onnx/decoder_model_merged_quantized.onnx',
      'onnx/encoder_model_fp16.onnx', // no fp16 decoder: fp16 is not on offer
    ];
    const select = () => selectFiles({ ...base, dtype: 'q4', config: seq2seq, siblings });
    expect(select).toThrow(PullError);
    expect(select).toThrow('org/m has no onnx/encoder_model_q4.onnx on hub.test; available dtypes: fp32, q8');
  });

  it('refuses a repo without a required tokenizer file', () => {
    const siblings = ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx'];
    expect(() => selectFiles({ ...base, config: encoderOnly, siblings })).toThrow(
      'org/m has no tokenizer_config.json on hub.test.',
    );
  });
});

describe('availableDtypes', () => {
  it('is empty for a repo without ONNX files', () => {
    expect(availableDtypes(['model'], new Set(['config.json']))).toEqual([]);
  });
});
