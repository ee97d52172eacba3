/**
 * The CLI as a function, so tests run it in-process: `main(argv, io)` → exit code.
 * 0 done, 1 the pull failed, 2 bad arguments. Expected failures print a message, never a stack.
 */
import { isAbsolute, relative } from 'node:path';
import { parsePullArgs, USAGE } from './args.ts';
import { PullError } from '../../src/shared/model-files/errors.ts';
import { formatBytes, type OutputStream } from './progress.ts';
import { pull } from './pull.ts';

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Reads HF_ENDPOINT and HF_TOKEN; process.env when omitted. */
  env?: Readonly<Record<string, string | undefined>>;
}

const PREFIX = 'models:pull:';

/** A file-system failure (EACCES, ENOSPC…) is the user's to fix, not a bug. */
function fileSystemMessage(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || !('syscall' in error)) return undefined;
  return `Could not write the model files: ${error.message}`;
}

/** Relative to the working folder when inside it, as a person typed it; absolute otherwise. */
function displayPath(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
}

function rerunCommand(argv: readonly string[]): string {
  const quoted = argv.map((arg) =>
    /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`,
  );
  return `npm run models:pull -- ${quoted.join(' ')}`;
}

function report(error: unknown, argv: readonly string[], stderr: OutputStream): number {
  if (error instanceof PullError) {
    stderr.write(`${PREFIX} ${error.message}\n`);
    if (error.hint) stderr.write(`${error.hint}\n`);
    if (error.code === 'interrupted') {
      stderr.write(`Run the same command again to resume:\n  ${rerunCommand(argv)}\n`);
    }
    if (error.code === 'usage') stderr.write('Run with --help for usage.\n');
    return error.code === 'usage' ? 2 : 1;
  }
  const fsMessage = fileSystemMessage(error);
  if (fsMessage) {
    stderr.write(`${PREFIX} ${fsMessage}\n`);
    return 1;
  }
  // Not an expected failure: a bug, so show everything.
  stderr.write(
    `${PREFIX} unexpected error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 1;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  try {
    const parsed = parsePullArgs(argv, env);
    if (parsed.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const result = await pull(parsed.options, env, io.stdout);
    const bytes = result.results.reduce((sum, file) => sum + file.size, 0);
    const fresh = result.results.filter((file) => file.status === 'up-to-date').length;
    const commit = result.manifest.commit ? ` at ${result.manifest.commit.slice(0, 10)}` : '';
    io.stdout.write(
      `Done: ${result.results.length} files, ${formatBytes(bytes)}${fresh ? ` (${fresh} already up to date)` : ''}` +
        `${commit} in ${displayPath(result.dir)}\n`,
    );
    if (result.absent.length > 0)
      io.stdout.write(`Not on the host (optional): ${result.absent.join(', ')}\n`);
    return 0;
  } catch (error) {
    return report(error, argv, io.stderr);
  }
}
