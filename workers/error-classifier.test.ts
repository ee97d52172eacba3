import { describe, expect, it } from 'vitest';
import { classifyError, JobFailure, type ErrorContext } from './error-classifier.ts';

const ctx: ErrorContext = {
  model: 'org/model',
  source: { kind: 'hub', location: 'http://127.0.0.1:8765' },
  device: 'wasm',
  online: true,
};

function named(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

const ORT_BROADCAST =
  'failed to call OrtRun(). ERROR_CODE: 1, ERROR_MESSAGE: /mnt/azure_nvme_temp/_work/1/s/onnxruntime/core/providers/cpu/math/element_wise_ops.h:583 void onnxruntime::BroadcastIterator::Append(ptrdiff_t, ptrdiff_t) axis == 1 || axis == largest was false. Attempting to broadcast an axis by a dimension other than 1. 512 by 742';

describe('classifyError', () => {
  it('an onnxruntime failure while running is a model failure: a human message, the raw one in details, no retry', () => {
    const out = classifyError(new Error(ORT_BROADCAST), ctx);
    expect(out.code).toBe('model-failed');
    expect(out.retryable).toBe(false);
    expect(out.message).toContain('Attempting to broadcast an axis by a dimension other than 1. 512 by 742');
    expect(out.message).not.toContain('/mnt/');
    expect(out.message).not.toContain('element_wise_ops.h');
    expect(out.details).toBe(ORT_BROADCAST);
  });

  it('an unknown error keeps its detail apart and does not promise that a retry helps', () => {
    const out = classifyError(new Error('x is undefined'), ctx);
    expect(out).toMatchObject({ code: 'internal', retryable: false, details: 'x is undefined' });
  });

  it('a missing config means the model does not exist', () => {
    const e = named(
      'ModelFileNotFoundError',
      'Could not locate file: "http://127.0.0.1:8765/org/model/resolve/main/config.json".',
    );
    const out = classifyError(e, ctx);
    expect(out.code).toBe('model-not-found');
    expect(out.message).toContain('"org/model" was not found on http://127.0.0.1:8765');
  });

  it('a missing weights file names the file', () => {
    const e = named(
      'ModelFileNotFoundError',
      'Could not locate file: "http://h/org/model/resolve/main/onnx/encoder_model_q4.onnx".',
    );
    const out = classifyError(e, ctx);
    expect(out.code).toBe('file-not-found');
    expect(out.message).toContain('onnx/encoder_model_q4.onnx');
  });

  it('a bare fetch failure is a network error online and an offline error offline', () => {
    const e = new TypeError('Failed to fetch');
    expect(classifyError(e, ctx)).toMatchObject({ code: 'network', retryable: true });
    expect(classifyError(e, { ...ctx, online: false })).toMatchObject({ code: 'offline' });
  });

  it('HTTP 500 is reported with its status', () => {
    const out = classifyError(new Error('Error (500) occurred while trying to load file: "x".'), ctx);
    expect(out).toMatchObject({ code: 'network', retryable: true });
    expect(out.message).toContain('HTTP 500');
  });

  it('unreadable files are corrupt', () => {
    expect(classifyError(new Error('failed to load model: protobuf parsing failed'), ctx).code).toBe(
      'corrupt-model',
    );
    expect(
      classifyError(new SyntaxError('Unexpected token \'<\', "<!doctype" is not valid JSON'), ctx).code,
    ).toBe('corrupt-model');
  });

  it('quota errors and local folders get their own wording', () => {
    expect(classifyError(named('QuotaExceededError', 'x'), ctx).code).toBe('quota-exceeded');
    const local = classifyError(
      named(
        'ModelFileNotFoundError',
        '`env.allowRemoteModels=false` and file was not found locally at "/models/org/model/config.json".',
      ),
      { ...ctx, source: { kind: 'local', location: '/models/' } },
    );
    expect(local.message).toContain("is not in the app's local model folder (/models/)");
    // It says how to get the files there, and names no model host.
    expect(local.message).toContain('npm run models:pull -- org/model');
    expect(local.message).not.toContain('model host');
  });

  it('a repository without a tokenizer says so', () => {
    const out = classifyError(named('MissingTokenizerError', 'x'), ctx);
    expect(out.code).toBe('model-not-found');
    expect(out.message).toContain('has no tokenizer (tokenizer_config.json is missing)');
  });

  it('a repository that is not there at all is not found, on the host it was looked for', () => {
    const out = classifyError(named('ModelNotFoundError', 'x'), ctx);
    expect(out).toMatchObject({ code: 'model-not-found', retryable: false });
    expect(out.message).toContain('"org/model" was not found on http://127.0.0.1:8765');
  });

  it('a download the model store refused is corrupt, retryable, and says why', () => {
    const out = classifyError(
      named('CorruptDownloadError', 'onnx/encoder_model.onnx: the host answered with an HTML page.'),
      ctx,
    );
    expect(out).toMatchObject({ code: 'corrupt-model', retryable: true });
    expect(out.message).toContain('HTML page');
    expect(out.message).toContain('nothing was stored');
  });

  it('a settings problem from the tokenizer keeps its own message', () => {
    const out = classifyError(named('TokenizationError', 'max_length 1 leaves no room for text.'), ctx);
    expect(out).toEqual({
      code: 'invalid-settings',
      message: 'max_length 1 leaves no room for text.',
      retryable: false,
    });
  });

  it('passes through failures the worker already explained', () => {
    const jobError = { code: 'empty-input' as const, message: 'Paste some text.', retryable: false };
    expect(classifyError(new JobFailure(jobError), ctx)).toBe(jobError);
  });
});
