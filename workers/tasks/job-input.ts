/** The checks every task makes before loading anything, each answered with its specific message. */
import type { JobError } from '../../src/shared/protocol/index.ts';
import { modelIdError } from '../../src/shared/model-id.ts';
import { JobFailure } from '../error-classifier.ts';

/** Empty (or blank) input text: `message` says what the view expects instead. */
export function requireText(text: string, message: string): void {
  if (text.trim() !== '') return;
  const error: JobError = { code: 'empty-input', message, retryable: false };
  throw new JobFailure(error);
}

/** A model id that cannot name a model never reaches a URL or a path; `example` is a real one. */
export function requireModelId(model: string, example: string): void {
  const error = modelIdError(model, example);
  if (error !== null) throw new JobFailure(error);
}

/** A batch's non-blank lines (with their index) and the blank ones, skipped; all blank → `message`. */
export function requireLines(
  texts: readonly string[],
  message: string,
): { lines: Array<{ text: string; line: number }>; skippedLines: number[] } {
  const lines = texts.map((text, line) => ({ text, line })).filter((l) => l.text.trim() !== '');
  if (lines.length === 0) requireText('', message);
  const skippedLines = texts.flatMap((text, line) => (text.trim() === '' ? [line] : []));
  return { lines, skippedLines };
}
