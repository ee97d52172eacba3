/**
 * Serves fixture models like the Hugging Face Hub, for manual runs and Playwright:
 *
 *   npx tsx scripts/serve-hub.ts [--root fixtures/hub] [--port 8765] [--host 127.0.0.1]
 *     [--fault <match>=<fault>]... [--slow-bytes-per-second 65536] [--page-size 1000] [--verbose]
 *
 * `<match>` is a substring of the URL path, or `/regex/flags`; `<fault>` is one of
 * not-found, server-error, html, truncate, slow, reset. Faults can also be changed while it
 * runs: `curl -X POST localhost:8765/__hub/faults -d '{"match":"onnx","fault":"slow"}'`.
 *
 * `--page-size` caps every page of the model API (the Hub's cap is 1000), so a small one shows
 * Link pagination with the catalog's few dozen models; it too can change while it runs:
 * `curl -X POST localhost:8765/__hub/page-size -d '{"value":8}'` (`null` restores it).
 */
import { parseArgs } from 'node:util';
import { isHubFault, type HubFault, type HubFaultMatch } from '../e2e/support/hub-faults.ts';
import { startLoopbackHub } from '../e2e/support/loopback-hub.ts';

function parseFaultArg(arg: string): { match: HubFaultMatch; fault: HubFault } {
  const split = arg.lastIndexOf('=');
  const rawMatch = arg.slice(0, split);
  const fault = arg.slice(split + 1);
  if (split <= 0 || !isHubFault(fault)) {
    throw new Error(`--fault expects <match>=<fault> with a known fault, got "${arg}"`);
  }
  const regex = rawMatch.match(/^\/(.+)\/([a-z]*)$/);
  return { match: regex?.[1] ? new RegExp(regex[1], regex[2]) : rawMatch, fault };
}

function parsePageSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`invalid --page-size "${value}"`);
  return size;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port "${value}"`);
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'fixtures/hub' },
      port: { type: 'string', default: '8765' },
      host: { type: 'string', default: '127.0.0.1' },
      fault: { type: 'string', multiple: true, default: [] },
      'slow-bytes-per-second': { type: 'string' },
      'page-size': { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const slowRate = values['slow-bytes-per-second'];
  const pageSize = values['page-size'];
  const hub = await startLoopbackHub({
    root: values.root,
    port: parsePort(values.port),
    host: values.host,
    faults: values.fault.map(parseFaultArg),
    verbose: values.verbose,
    ...(slowRate === undefined ? {} : { slowBytesPerSecond: Number(slowRate) }),
    ...(pageSize === undefined ? {} : { maxPageSize: parsePageSize(pageSize) }),
  });
  console.log(`Loopback hub serving ${values.root} at ${hub.url}`);

  const stop = (): void => {
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
