/**
 * Runs a fixture model directly in Node with transformers.js, as the independent expectation
 * for what the app must show. Loads the same files from the fixture folder.
 */
import { env, pipeline } from '@huggingface/transformers';
import { FIXTURE_HUB_ROOT } from './fixtures.ts';

export async function referenceSummary(
  model: string,
  text: string,
  options: { dtype: 'q8' | 'fp32'; max_length: number; min_length: number },
): Promise<string> {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = `${FIXTURE_HUB_ROOT}/`;
  env.useFSCache = false;
  const summarizer = await pipeline('summarization', model, { dtype: options.dtype });
  try {
    // transformers.js ignores max_length unless max_new_tokens is cleared, and ignores beams.
    const [out] = await summarizer(text, {
      // @ts-expect-error the library's types omit null, which its seq2seq pipelines need to honour max_length
      max_new_tokens: null,
      max_length: options.max_length,
      min_length: options.min_length,
      num_beams: 1,
      no_repeat_ngram_size: 0,
    });
    if (!out || !('summary_text' in out)) throw new Error('no summary from the reference run');
    return out.summary_text;
  } finally {
    await summarizer.dispose();
  }
}
