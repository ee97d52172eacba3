/** The Tokenizer lab's job: its types live with the Python-exact tokenization code. */
export type { TokenizeJob, TokenizeResult } from '../../tokenization/types.ts';
