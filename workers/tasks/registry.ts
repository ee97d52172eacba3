/**
 * Every task the worker runs, one handler per job kind. The table's type makes a missing handler
 * a compile error, and `runTask` calls the right one without casts (the correlated-union
 * pattern: the table and the job are indexed by the same kind K).
 */
import type { AnyJobOf, JobKind, ResultOf } from '../../src/shared/protocol/index.ts';
import { extract } from './extract.ts';
import { generate } from './generate.ts';
import { hubModel } from './hub-model.ts';
import { hubSearch } from './hub-search.ts';
import { modelFacts } from './model-facts.ts';
import { modelsDelete, modelsList, prefetch } from './models.ts';
import { sentiment } from './sentiment.ts';
import { summarize } from './summarize.ts';
import type { TaskContext, TaskHandler } from './task-context.ts';
import { tokenize } from './tokenize.ts';
import { translate } from './translate.ts';
import { zeroShot } from './zero-shot.ts';

const TASKS: { [K in JobKind]: TaskHandler<K> } = {
  summarize,
  extract,
  translate,
  generate,
  sentiment,
  'zero-shot': zeroShot,
  tokenize,
  'hub-search': hubSearch,
  'hub-model': hubModel,
  'model-facts': modelFacts,
  'models-list': modelsList,
  'models-delete': modelsDelete,
  prefetch,
};

export function runTask<K extends JobKind>(job: AnyJobOf<K>, ctx: TaskContext): Promise<ResultOf<K>> {
  return TASKS[job.kind].run(job, ctx);
}

export function subjectOf<K extends JobKind>(job: AnyJobOf<K>): string {
  return TASKS[job.kind].subject(job);
}
