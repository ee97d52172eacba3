import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Small hand-made HTTP servers for answers the loopback hub never gives. Each test file keeps a
 * list of closers and empties it after every test.
 */
export function createTestServers(closers: Array<() => void>) {
  return async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    closers.push(() => server.close());
    return `http://127.0.0.1:${address.port}`;
  };
}
