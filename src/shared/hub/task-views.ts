/**
 * Which of the app's views runs a Hub task (`pipeline_tag`), and what it loads of the model.
 * Every model has a tokenizer, so a task the app does not run still opens in the Tokenizer lab.
 */
import type { ModelKind } from '../protocol/index.ts';

export interface TaskView {
  /** The hash route (CONTRACT.md URLs). */
  path: string;
  label: string;
  kind: ModelKind;
}

const VIEWS: Record<string, TaskView> = {
  summarization: { path: '/summarize', label: 'Summarize', kind: 'seq2seq' },
  // Flan-T5 and T5 are tagged text2text; Summarize runs them with their task prefix.
  'text2text-generation': { path: '/summarize', label: 'Summarize', kind: 'seq2seq' },
  translation: { path: '/tasks/translation', label: 'Translation', kind: 'seq2seq' },
  'text-classification': { path: '/tasks/sentiment', label: 'Sentiment', kind: 'classifier' },
  'zero-shot-classification': { path: '/tasks/zero-shot', label: 'Zero-shot', kind: 'classifier' },
  'text-generation': { path: '/tasks/generate', label: 'Generate', kind: 'causal' },
};

export const TOKENIZER_VIEW: TaskView = { path: '/tokenizer', label: 'Tokenizer', kind: 'tokenizer' };

/** The app's tasks, first in the task filter, in navigation order. */
export const APP_TASKS: readonly string[] = Object.keys(VIEWS);

/** The view for a task; the Tokenizer lab for any other task or none. */
export function viewForTask(pipelineTag: string | null): TaskView {
  return (pipelineTag !== null ? VIEWS[pipelineTag] : undefined) ?? TOKENIZER_VIEW;
}

/** True when one of the app's task views (not only the Tokenizer lab) runs this task. */
export function isAppTask(pipelineTag: string | null): boolean {
  return pipelineTag !== null && Object.hasOwn(VIEWS, pipelineTag);
}

/** Other Hub tasks of text models, after the app's own in the task filter. */
export const OTHER_TEXT_TASKS: readonly string[] = [
  'fill-mask',
  'feature-extraction',
  'sentence-similarity',
  'token-classification',
  'question-answering',
  'table-question-answering',
];
