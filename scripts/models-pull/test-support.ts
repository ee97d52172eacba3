/** Test support: fixture models behind a loopback hub, and the CLI run in-process. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { startLoopbackHub, type LoopbackHub } from '../../e2e/support/loopback-hub.ts';
import { fixtureModels } from '../fixtures/catalog.ts';
import { writeFixtures } from '../fixtures/hub-writer.ts';
import { main } from './main.ts';

export interface TestHub {
  root: string;
  hub: LoopbackHub;
  close(): Promise<void>;
}

export async function startFixtureHub(): Promise<TestHub> {
  const root = mkdtempSync(join(tmpdir(), 'glasspipe-pull-hub-'));
  writeFixtures(root, fixtureModels());
  const hub = await startLoopbackHub({ root, port: 0 });
  return {
    root,
    hub,
    close: async () => {
      await hub.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function tempOut(): string {
  return mkdtempSync(join(tmpdir(), 'glasspipe-pull-out-'));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with an empty environment, so a developer's HF_ENDPOINT or HF_TOKEN stays out. */
export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  });
  return { code, stdout, stderr };
}

/** Every file under `dir`, as sorted `/`-separated relative paths; empty when it does not exist. */
export function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** An error a person sees must not be a stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
