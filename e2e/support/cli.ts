import { execFileSync } from 'node:child_process';
import { FIXTURE_HUB_ROOT } from './fixtures.ts';

export interface CliSequence {
  tokenIds: number[];
  score: number;
  text: string;
}

/** Runs `npm run generate` (the engine's CLI in Node) on a fixture model and returns its JSON. */
/**
 * Runs `npm run generate` (the worker's own task in Node, on onnxruntime-node) on a fixture model.
 * Sequences are as the app shows them: ids after the decoder start token.
 */
export function generateWithCli(
  model: string,
  text: string,
  settings: Record<string, number | string>,
  task: 'summarization' | 'translation' = 'summarization',
): { prompt: string; sequences: CliSequence[] } {
  const args = [
    'tsx',
    'scripts/generate.ts',
    '--model',
    `${FIXTURE_HUB_ROOT}/${model}`,
    '--task',
    task,
    '--dtype',
    'fp32',
    '--json',
  ];
  for (const [name, value] of Object.entries(settings)) args.push(`--${name}`, String(value));
  const out = execFileSync('npx', args, { input: text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  return JSON.parse(out) as { prompt: string; sequences: CliSequence[] };
}
