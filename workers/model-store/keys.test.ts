import { describe, expect, it } from 'vitest';
import type { ModelSource } from '../../src/shared/protocol/index.ts';
import {
  cacheKeyFor,
  keyKind,
  normalizeHost,
  parseKey,
  sourceOwnsKey,
  storageUrl,
  type FileRef,
} from './keys.ts';

const HF: ModelSource = { kind: 'hub', location: 'https://huggingface.co' };
const MIRROR: ModelSource = { kind: 'hub', location: 'https://mirror.example/hf/' };
const LOCAL: ModelSource = { kind: 'local', location: '/models/' };

describe('cacheKeyFor', () => {
  it.each<[ModelSource, string, string, string, string]>([
    [HF, 'org/name', 'main', 'config.json', 'https://huggingface.co/org/name/resolve/main/config.json'],
    [
      MIRROR,
      'org/name',
      'main',
      'onnx/model.onnx',
      'https://mirror.example/hf/org/name/resolve/main/onnx/model.onnx',
    ],
    [
      HF,
      'org/name',
      'refs/pr/1',
      'config.json',
      'https://huggingface.co/org/name/resolve/refs%2Fpr%2F1/config.json',
    ],
    [LOCAL, 'org/name', 'main', 'onnx/model.onnx', '/models/org/name/onnx/model.onnx'],
  ])('%o %s@%s %s → %s', (source, model, revision, file, key) => {
    expect(cacheKeyFor(source, model, revision, file)).toBe(key);
  });
});

describe('parseKey', () => {
  const ref = (host: string, model: string, revision: string | null, file: string): FileRef => ({
    host,
    model,
    revision,
    file,
  });
  it.each<[string, ModelSource | null, FileRef | null]>([
    [
      'https://huggingface.co/org/name/resolve/main/config.json',
      null,
      ref('https://huggingface.co', 'org/name', 'main', 'config.json'),
    ],
    [
      'http://127.0.0.1:5555/org/name/resolve/main/onnx/a_q4.onnx',
      null,
      ref('http://127.0.0.1:5555', 'org/name', 'main', 'onnx/a_q4.onnx'),
    ],
    [
      'https://huggingface.co/org/name/resolve/refs%2Fpr%2F1/config.json',
      null,
      ref('https://huggingface.co', 'org/name', 'refs/pr/1', 'config.json'),
    ],
    [
      'https://huggingface.co/org/my%20model/resolve/main/config.json',
      null,
      ref('https://huggingface.co', 'org/my model', 'main', 'config.json'),
    ],
    // A mirror prefix: without the source, at most an `org/name` id is taken before `resolve`.
    [
      'https://mirror.example/hf/org/name/resolve/main/config.json',
      null,
      ref('https://mirror.example/hf', 'org/name', 'main', 'config.json'),
    ],
    // With the source known, a one-segment id on a prefixed mirror is read right.
    [
      'https://mirror.example/hf/gpt2/resolve/main/config.json',
      MIRROR,
      ref('https://mirror.example/hf', 'gpt2', 'main', 'config.json'),
    ],
    ['/models/org/name/onnx/model.onnx', LOCAL, ref('local', 'org/name', null, 'onnx/model.onnx')],
    ['/models/name/config.json', LOCAL, ref('local', 'name', null, 'config.json')],
    [
      'https://local.glasspipe.invalid/models/org/name/config.json',
      LOCAL,
      ref('local', 'org/name', null, 'config.json'),
    ],
    ['https://huggingface.co/org/name/tree/main/config.json', null, null],
    ['http://localhost:5173/assets/ort-wasm-simd-threaded.jsep.wasm', null, null],
  ])('%s', (key, source, expected) => {
    expect(parseKey(key, source)).toEqual(expected);
  });
});

describe('which keys the active source may be answered from', () => {
  const hfKey = 'https://huggingface.co/org/name/resolve/main/config.json';
  const localKey = '/models/org/name/config.json';
  const wasmKey = 'http://localhost:5173/assets/ort-wasm-simd-threaded.jsep.wasm';
  it.each<[string, ModelSource | null, string, boolean]>([
    ['hub: its own files', HF, hfKey, true],
    ['hub: never the local path tried first (shadowing)', HF, localKey, false],
    ['hub: not another host', MIRROR, hfKey, false],
    [
      'hub: not a host that merely starts alike',
      { kind: 'hub', location: 'https://huggingface.co.evil' },
      hfKey,
      false,
    ],
    ['local: its own files', LOCAL, localKey, true],
    ['local: never the remote URL', LOCAL, hfKey, false],
    ['local: not another folder', { kind: 'local', location: '/other/' }, localKey, false],
    ['no source: nothing', null, hfKey, false],
    ['runtime files: any source', LOCAL, wasmKey, true],
  ])('%s', (_, source, key, owned) => {
    expect(sourceOwnsKey(source, key)).toBe(owned);
  });
});

describe('storage URLs and hosts', () => {
  it('keeps remote keys, moves local paths to a reserved origin', () => {
    expect(keyKind('/models/a/b/config.json')).toBe('local');
    expect(storageUrl('/models/a/b/config.json')).toBe(
      'https://local.glasspipe.invalid/models/a/b/config.json',
    );
    expect(storageUrl('https://huggingface.co/a/b/resolve/main/x')).toBe(
      'https://huggingface.co/a/b/resolve/main/x',
    );
  });

  it.each([
    ['https://HuggingFace.co/', 'https://huggingface.co'],
    ['https://mirror.example/hf/', 'https://mirror.example/hf'],
    ['http://127.0.0.1:80/', 'http://127.0.0.1'],
    ['local', 'local'],
  ])('normalizeHost(%s) = %s', (host, normal) => {
    expect(normalizeHost(host)).toBe(normal);
  });
});
