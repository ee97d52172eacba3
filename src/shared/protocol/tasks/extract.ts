export type ExtractiveMethod = 'lead' | 'textrank';

/** Extractive summarization: picks sentences, needs no model and no network. */
export interface ExtractJob {
  kind: 'extract';
  text: string;
  method: ExtractiveMethod;
  count: number;
}

export interface ExtractedSentence {
  text: string;
  start: number;
  end: number;
  score: number;
  /** 1 = highest score. */
  rank: number;
  chosen: boolean;
}

export interface ExtractResult {
  kind: 'extract';
  method: ExtractiveMethod;
  /** Every sentence of the article in order, with its score. */
  sentences: ExtractedSentence[];
  /** The chosen sentences joined in original order. */
  text: string;
  ms: number;
}
