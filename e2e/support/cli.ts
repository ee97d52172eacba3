import { execFileSync } from 'node:child_process';
import { FIXTURE_HUB_ROOT } from './fixtures.ts';

export interface CliSequence {
  tokenIds: number[];
  score: number;
  text: string;
}

/** Runs `npm run generate` (the engine's CLI in Node) on a fixture model and returns its JSON. */
export function generateWithCli(
  model: string,
  text: string,
  settings: Record<string, number>,
): CliSequence[] {
  const args = [
    'tsx',
    'scripts/generate.ts',
    '--model',
    `${FIXTURE_HUB_ROOT}/${model}`,
    '--dtype',
    'fp32',
    '--json',
  ];
  for (const [name, value] of Object.entries(settings)) args.push(`--${name}`, String(value));
  const out = execFileSync('npx', args, { input: text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
  const parsed = JSON.parse(out) as { sequences: CliSequence[] };
  return parsed.sequences;
}
