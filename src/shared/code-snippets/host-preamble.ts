/**
 * What a snippet sets when the model host is not the Hub: `HF_ENDPOINT` for Python, `env.remoteHost`
 * for transformers.js, so the copied code loads from the host the page used.
 */
import { DEFAULT_HUB_URL } from '../model-host.ts';
import { jsString, pythonString, type Quote } from './literals.ts';

/** huggingface_hub reads HF_ENDPOINT once, when it is imported: this line goes before importing transformers. */
export const pythonEndpointLine = (host: string): string =>
  `os.environ["HF_ENDPOINT"] = ${pythonString(host)}`;

/** transformers.js joins `remoteHost` and the model path as they are, so it needs the trailing slash. */
export const jsRemoteHostLine = (host: string, quote?: Quote): string =>
  `env.remoteHost = ${jsString(`${host}/`, quote)};`;

/** The lines before a pipeline snippet's `from transformers import …`: none for the Hub. */
export function pythonHostPreamble(host: string): string[] {
  if (host === DEFAULT_HUB_URL) return [];
  return [
    'import os',
    '',
    '# The model host of this page; set before importing transformers, which reads it once.',
    pythonEndpointLine(host),
    '',
  ];
}

/** transformers.js's `pipeline` import, with `env` and its host when the host is not the Hub. */
export function jsPipelineImport(host: string, quote?: Quote): string[] {
  if (host === DEFAULT_HUB_URL) return ["import { pipeline } from '@huggingface/transformers';"];
  return [
    "import { env, pipeline } from '@huggingface/transformers';",
    '',
    '// The model host of this page (transformers.js wants the trailing slash).',
    jsRemoteHostLine(host, quote),
  ];
}
