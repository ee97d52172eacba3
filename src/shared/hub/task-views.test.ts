import { describe, expect, it } from 'vitest';
import { isAppTask, viewForTask } from './task-views.ts';

describe('viewForTask', () => {
  // Routes from CONTRACT.md's URL list.
  it.each([
    ['summarization', '/summarize', 'seq2seq'],
    ['translation', '/tasks/translation', 'seq2seq'],
    ['text-classification', '/tasks/sentiment', 'classifier'],
    ['zero-shot-classification', '/tasks/zero-shot', 'classifier'],
    ['text-generation', '/tasks/generate', 'causal'],
  ] as const)('%s opens %s', (task, path, kind) => {
    expect(viewForTask(task)).toMatchObject({ path, kind });
    expect(isAppTask(task)).toBe(true);
  });

  it('sends other tasks, and none, to the Tokenizer lab', () => {
    expect(viewForTask('fill-mask').path).toBe('/tokenizer');
    expect(viewForTask(null).path).toBe('/tokenizer');
    expect(isAppTask('fill-mask')).toBe(false);
    // An inherited property is not a task.
    expect(isAppTask('constructor')).toBe(false);
  });
});
