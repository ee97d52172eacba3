import { describe, expect, it } from 'vitest';
import { gitBlobId, gitTreeId, isLfsPath, lfsPointer, objectIdFor } from './loopback-hub-git.ts';

describe('git object ids', () => {
  it('match git for blobs and trees (values from `git hash-object` and `git write-tree`)', () => {
    expect(gitBlobId('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitTreeId([])).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
    const onnx = gitTreeId([{ name: 'a.json', kind: 'file', oid: gitBlobId('{}') }]);
    expect(onnx).toBe('96451ab94771600b61a801dbd8673a51dee7df78');
    const root = gitTreeId([
      { name: 'onnx', kind: 'directory', oid: onnx },
      { name: 'hello.txt', kind: 'file', oid: gitBlobId('hello\n') },
    ]);
    expect(root).toBe('cd1d95feddeb06718df35c1805bbb439a51d7892');
  });

  it('give an LFS file the id of its pointer, as the Hub tree of google-bert/bert-base-uncased shows', () => {
    // huggingface.js list-files.spec.ts: pytorch_model.bin, oid ba5d19..., lfs.oid 097417..., pointerSize 134.
    const pointer = lfsPointer('097417381d6c7230bd9e3557456d726de6e83245ec8b24f529f60198a67b203a', 440473133);
    expect(Buffer.byteLength(pointer)).toBe(134);
    expect(gitBlobId(pointer)).toBe('ba5d19791be1dd7992e33bd61f20207b0f7f50a5');
  });

  it('send weights to LFS and leave JSON and text in git', () => {
    for (const path of [
      'onnx/model.onnx',
      'onnx/model.onnx_data',
      'onnx/model.onnx_data_1',
      'model.safetensors',
      'pytorch_model.bin',
      'spiece.model',
    ]) {
      expect(isLfsPath(path), path).toBe(true);
    }
    for (const path of ['config.json', 'tokenizer.json', 'vocab.txt', 'README.md', '.gitattributes']) {
      expect(isLfsPath(path), path).toBe(false);
    }
  });

  it('start an _id with the creation second, like a Mongo ObjectId', () => {
    // 0x621ffdc0 is 2022-03-02T23:29:04Z, the start of openai-community/gpt2's real _id 621ffdc036468d709f17434d.
    const id = objectIdFor('someone/model', '2022-03-02T23:29:04.000Z');
    expect(id).toMatch(/^621ffdc0[0-9a-f]{16}$/);
    expect(objectIdFor('someone/model', '2022-03-02T23:29:04.000Z')).toBe(id);
    expect(objectIdFor('someone/other', '2022-03-02T23:29:04.000Z')).not.toBe(id);
  });
});
