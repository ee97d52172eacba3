import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_URL } from '../model-host.ts';
import {
  jsPipelineImport,
  jsRemoteHostLine,
  pythonEndpointLine,
  pythonHostPreamble,
} from './host-preamble.ts';

const MIRROR = 'http://127.0.0.1:8765';

describe('host preamble', () => {
  it('Python: HF_ENDPOINT is set after importing os, and nothing for the Hub', () => {
    expect(pythonEndpointLine(MIRROR)).toBe('os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"');
    expect(pythonHostPreamble(MIRROR)).toEqual([
      'import os',
      '',
      '# The model host of this page; set before importing transformers, which reads it once.',
      'os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"',
      '',
    ]);
    expect(pythonHostPreamble(DEFAULT_HUB_URL)).toEqual([]);
  });

  it('JavaScript: env.remoteHost with the trailing slash, in the quotes asked for', () => {
    expect(jsRemoteHostLine(MIRROR)).toBe('env.remoteHost = "http://127.0.0.1:8765/";');
    expect(jsRemoteHostLine(MIRROR, "'")).toBe("env.remoteHost = 'http://127.0.0.1:8765/';");
    expect(jsPipelineImport(MIRROR)).toEqual([
      "import { env, pipeline } from '@huggingface/transformers';",
      '',
      '// The model host of this page (transformers.js wants the trailing slash).',
      'env.remoteHost = "http://127.0.0.1:8765/";',
    ]);
    expect(jsPipelineImport(DEFAULT_HUB_URL)).toEqual([
      "import { pipeline } from '@huggingface/transformers';",
    ]);
  });

  it('a host with a quote in it stays one literal', () => {
    expect(pythonEndpointLine('https://a"b')).toBe('os.environ["HF_ENDPOINT"] = "https://a\\"b"');
    expect(jsRemoteHostLine("https://a'b", "'")).toBe("env.remoteHost = 'https://a\\'b/';");
  });
});
