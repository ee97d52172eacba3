/** Command-line arguments → validated pull options. Throws PullError('usage') on bad input. */
import { parseArgs } from 'node:util';
import { DEFAULT_DTYPE, DTYPES, isDtype, type Dtype } from '../../src/shared/model-files/dtypes.ts';
import { PullError } from '../../src/shared/model-files/errors.ts';

export const USAGE = `Usage: npm run models:pull -- <model id> [options]

Downloads the files a transformers.js model needs for one dtype into <out>/<org>/<name>/.

Options:
  --dtype <dtype>       ${DTYPES.join(', ')} (default ${DEFAULT_DTYPE})
  --revision <rev>      branch, tag or commit sha (default main)
  --out <dir>           output folder (default public/models)
  --hub <url>           Hub or mirror (default $HF_ENDPOINT or https://huggingface.co)
  -h, --help            show this help

HF_TOKEN, when set, is sent to the Hub host for gated or private models.
Rerunning the same command resumes an interrupted download.`;

export const DEFAULT_HUB = 'https://huggingface.co';

export interface PullOptions {
  modelId: string;
  dtype: Dtype;
  /** As given; used in the resolve URL. */
  revision: string;
  /** Whether --revision was given (the model API is then asked about that revision). */
  explicitRevision: boolean;
  out: string;
  /** Origin plus any path prefix, without a trailing slash. */
  hub: string;
}

export type ParsedArgs = { help: true } | { help: false; options: PullOptions };

/**
 * The Hub's repo-name rules: letters, digits, `-`, `_`, `.`; no `--` or `..`; not starting or
 * ending with `-` or `.`; at most 96 characters. An org is optional (`gpt2`).
 */
const NAME_PART = /^(?!.*(?:--|\.\.))[A-Za-z0-9](?:[\w.-]{0,94}[A-Za-z0-9_])?$/;

export function validateModelId(id: string): void {
  if (/^https?:\/\//.test(id)) {
    throw new PullError('usage', `Expected a model id such as Xenova/t5-small, not a URL: ${id}`);
  }
  const parts = id.split('/');
  if (parts.length > 2 || !parts.every((part) => NAME_PART.test(part))) {
    throw new PullError(
      'usage',
      `Invalid model id "${id}": expected <org>/<name> (letters, digits, "-", "_", ".").`,
    );
  }
}

function parseHub(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PullError('usage', `--hub needs a URL such as https://huggingface.co, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PullError('usage', `--hub must be an http(s) URL, got "${raw}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function parsePullArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        dtype: { type: 'string' },
        revision: { type: 'string' },
        out: { type: 'string' },
        hub: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs's messages ("Unknown option '--x'") are clear; its stack is not needed.
    throw new PullError('usage', error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [modelId, ...extra] = positionals;
  if (modelId === undefined) throw new PullError('usage', 'Missing the model id.');
  if (extra.length > 0) throw new PullError('usage', `Unexpected arguments: ${extra.join(' ')}`);
  validateModelId(modelId);

  const dtype = values.dtype ?? DEFAULT_DTYPE;
  if (!isDtype(dtype))
    throw new PullError('usage', `Unknown --dtype "${dtype}"; expected one of ${DTYPES.join(', ')}.`);
  const revision = values.revision ?? 'main';
  if (revision === '' || /\s|\.\./.test(revision))
    throw new PullError('usage', `Invalid --revision "${revision}".`);
  if (values.out === '') throw new PullError('usage', '--out needs a folder.');
  return {
    help: false,
    options: {
      modelId,
      dtype,
      revision,
      explicitRevision: values.revision !== undefined,
      out: values.out ?? 'public/models',
      hub: parseHub(values.hub ?? (env.HF_ENDPOINT || DEFAULT_HUB)),
    },
  };
}
