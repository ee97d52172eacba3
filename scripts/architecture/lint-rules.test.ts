/**
 * The one-way import flow (shared → lib/store → components → features → app, the worker on
 * src/shared only, transformers.js in one module) is enforced by eslint.config.js: each case
 * here is an import that must fail lint, next to one that must pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import rules', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/summarize/x.ts',
      "import { useLab } from '../tokenizer/lab-store.ts';",
    ],
    ['a feature importing app/', 'src/features/translation/x.ts', "import { App } from '../../app/app.tsx';"],
    [
      'a feature importing the view table',
      'src/features/models/x.ts',
      "import { VIEWS } from '../registry.ts';",
    ],
    [
      'a component importing a feature',
      'src/components/x.tsx',
      "import { SummarizeView } from '../features/summarize/summarize-view.tsx';",
    ],
    ['lib importing a component', 'src/lib/x.ts', "import { JobError } from '../components/job-error.tsx';"],
    [
      'the store importing a feature',
      'src/store/x.ts',
      "import { useSummarize } from '../features/summarize/summarize-store.ts';",
    ],
    ['shared importing React', 'src/shared/x.ts', "import { useState } from 'react';"],
    ['shared importing lib', 'src/shared/x.ts', "import { viewStore } from '../lib/view-store.ts';"],
    [
      'the worker importing the store',
      'workers/tasks/x.ts',
      "import { createAppStore } from '../../src/store/store.ts';",
    ],
    [
      'transformers.js outside its one module',
      'workers/tasks/x.ts',
      "import { pipeline } from '@huggingface/transformers';",
    ],
  ])('%s fails lint', async (_case, filePath, code) => {
    expect(
      await restricted(filePath, `${code}\nexport const used = [${code.match(/\{ (\w+)/)?.[1]}];\n`),
    ).toHaveLength(1);
  });

  it.each([
    [
      'a feature importing components, lib and shared',
      'src/features/summarize/x.ts',
      "import { JobError } from '../../components/job-error.tsx';\nimport { viewStore } from '../../lib/view-store.ts';\nimport { inputLimit } from '../../shared/input-limit.ts';",
    ],
    [
      'the view table importing features',
      'src/features/x.ts',
      "import { SummarizeView } from './summarize/summarize-view.tsx';",
    ],
    [
      'the worker importing shared',
      'workers/tasks/x.ts',
      "import { inputLimit } from '../../src/shared/input-limit.ts';",
    ],
    [
      'the runtime module importing transformers.js',
      'workers/runtime/transformers.ts',
      "import { pipeline } from '@huggingface/transformers';",
    ],
  ])('%s passes', async (_case, filePath, code) => {
    expect(await restricted(filePath, code)).toEqual([]);
  });
});
