import { describe, expect, it } from 'vitest';
import { parseTarget, type ModelApiRequest } from './loopback-hub-routes.ts';

function api(target: string): ModelApiRequest | 'invalid' | 'not-api' {
  const parsed = parseTarget(target);
  if (!parsed.ok) return 'invalid';
  return parsed.route.type === 'model-api' ? parsed.route.request : 'not-api';
}

describe('model API routes', () => {
  it('reads list, info, and info at a revision, for org and org-less ids', () => {
    expect(api('/api/models?search=t5')).toEqual({ kind: 'list' });
    expect(api('/api/models/org/name')).toEqual({ kind: 'info', repoId: 'org/name', revision: undefined });
    expect(api('/api/models/gpt2')).toEqual({ kind: 'info', repoId: 'gpt2', revision: undefined });
    expect(api('/api/models/org/name/revision/HEAD')).toEqual({
      kind: 'info',
      repoId: 'org/name',
      revision: 'HEAD',
    });
    expect(api('/api/models/gpt2/revision/main')).toEqual({ kind: 'info', repoId: 'gpt2', revision: 'main' });
  });

  it('decodes an encoded revision such as refs%2Fpr%2F1, as hf_api sends it', () => {
    expect(api('/api/models/org/name/revision/refs%2Fpr%2F1')).toEqual({
      kind: 'info',
      repoId: 'org/name',
      revision: 'refs/pr/1',
    });
  });

  it('reads a tree path, and an unencoded refs/pr/N revision as huggingface.js listFiles sends it', () => {
    expect(api('/api/models/org/name/tree/main')).toEqual({
      kind: 'tree',
      repoId: 'org/name',
      revision: 'main',
      path: '',
    });
    expect(api('/api/models/org/name/tree/main/onnx/sub?recursive=true')).toEqual({
      kind: 'tree',
      repoId: 'org/name',
      revision: 'main',
      path: 'onnx/sub',
    });
    expect(api('/api/models/org/name/tree/refs/pr/1/onnx')).toEqual({
      kind: 'tree',
      repoId: 'org/name',
      revision: 'refs/pr/1',
      path: 'onnx',
    });
    expect(api('/api/models/org/name/commits/refs/pr/1')).toEqual({
      kind: 'commits',
      repoId: 'org/name',
      revision: 'refs/pr/1',
    });
  });

  it('refuses traversal in a tree path and leaves unknown API paths unknown', () => {
    expect(api('/api/models/org/name/tree/main/../../x')).toBe('invalid');
    expect(api('/api/models/org/name/tree/main/%2e%2e')).toBe('invalid');
    expect(api('/api/models/org/name/likes/x')).toBe('not-api');
  });

  it('keeps the resolve route as before', () => {
    const parsed = parseTarget('/org/name/resolve/main/onnx/model.onnx');
    expect(parsed).toEqual({
      ok: true,
      path: '/org/name/resolve/main/onnx/model.onnx',
      route: { type: 'resolve', repoId: 'org/name', revision: 'main', file: ['onnx', 'model.onnx'] },
    });
  });
});
