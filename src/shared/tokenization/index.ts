/**
 * The Tokenizer lab's public API: Python-exact batch encoding over any tokenizer, display and
 * "copy as code" helpers, URL state, and the bundled offline tokenizers.
 */
export { encodeBatch } from './encode-batch.ts';
export { encodeForModel, TokenizationError } from './encode-for-model.ts';
export type { ModelEncoding } from './encode-for-model.ts';
export { wrapTransformersTokenizer } from './transformers-adapter.ts';
export { withContentCache } from './content-cache.ts';
export { describeTokenizer, countSpecials, templateFromPostProcessor } from './template.ts';
export { detectPieceStyle } from './piece-style.ts';
export { alignTokens } from './align.ts';
export { readablePiece, rowCounts, lengthVsModel, showInvisibles } from './display.ts';
export type { ReadablePiece, RowCounts, LengthReport } from './display.ts';
export { pythonSnippet, javascriptSnippet, transformersJsDifferences } from './code-snippets.ts';
export { specialTokensOf, roleFor } from './special-tokens.ts';
export type { SnippetSource } from './code-snippets.ts';
export { labStateFromQuery, labStateToQuery, MAX_URL_TEXT_CHARS } from './url-state.ts';
export type { LabState, LabQuery } from './url-state.ts';
export {
  BUNDLED_TOKENIZERS,
  BUNDLED_PREFIX,
  BUNDLED_FOLDER,
  BUNDLED_BUDGET_BYTES,
  bundledTokenizer,
} from './bundled.ts';
export { snippetSourceFor } from './snippet-source.ts';
export type { SnippetOrigin } from './snippet-source.ts';
export type { BundledTokenizer } from './bundled.ts';
export { benchTokenize, TOKENIZE_TARGET_MS } from './bench.ts';
export type { TokenizeBench, TimingStats } from './bench.ts';
export * from './types.ts';
